// ===- test/Runtime/free/bad-free-allocator-metadata.c - a wild free ------===//
//
// free() of an address inside the heap's own space that is no block: the
// end of a size class's region, where the allocator keeps its per-block
// metadata (mapped, its shadow poisoned like a redzone). It is a bad-free,
// as ASan reports it, and nothing is freed. The address follows the
// primary allocator's layout (runtime/memscope_allocator.cpp, AP64: 4 TiB
// from 0x600000000000 in 64 regions; the metadata ends an eighth of a
// region below its end).
//
// See also: free/bad-free-interior.c.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  const uintptr_t Space = 0x600000000000ULL, Region = 0x40000000000ULL / 64;
  // The first size class's region, 16 bytes (one block's metadata) below
  // the end of its metadata: the metadata of its first blocks, which the
  // mallocs below carve.
  void *Blocks[64];
  for (int I = 0; I < 64; ++I)
    Blocks[I] = malloc(16);
  char *Wild = (char *)(Space + 2 * Region - Region / 8 - 16);
  fprintf(stderr, "live %p\n", Blocks[7]);
  free(Wild); // BOOM
  // CHECK: ERROR: memscope: attempting free on address which was not malloc()-ed: 0x{{0*}}601dfffffff0
  // CHECK: SUMMARY: memscope: bad-free {{.*}}bad-free-allocator-metadata.c:[[@LINE-2]]
  return 0;
}
