// ===- test/Runtime/allocator/usable-size-not-owned.c - a foreign pointer -===
//
// malloc_usable_size of a pointer memscope never handed out (a stack array,
// the inside of a block) is reported as ASan words it (bad-malloc_usable_size); of a block
// it did, the requested size.
//
// See also: runtime/memscope_allocator.cpp (MemscopeMallocUsableSize).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  char *Block = malloc(37);
  fprintf(stderr, "own block: %zu\n", malloc_usable_size(Block));
  char Local[16];
  snprintf(Local, sizeof Local, "%d", argc);
  fprintf(stderr, "%zu\n", malloc_usable_size(argc > 5 ? Block : Local)); // BOOM
  free(Block);
  return 0;
}

// CHECK:      own block: 37
// CHECK:      ERROR: memscope: attempting to call malloc_usable_size() for pointer which is not owned: 0x{{[0-9a-f]+}} (thread T0)
// CHECK-NEXT:   #0 {{.*}} in malloc_usable_size
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}usable-size-not-owned.c:[[@LINE-8]]:
// CHECK:      SUMMARY: memscope: bad-malloc_usable_size {{.*}}usable-size-not-owned.c:[[@LINE-9]]:{{[0-9]+}} in main
