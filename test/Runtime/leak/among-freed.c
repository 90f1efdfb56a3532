// ===- test/Runtime/leak/among-freed.c - leaks among a quarantine of frees ===//
//
// The exit-time leak check skips blocks the shadow alone shows to be
// quarantined (runtime/memscope_allocator.cpp, SurelyQuarantined) without
// reading their headers. Leaked blocks of every small size, lying between
// thousands of freed ones of the same sizes, and a 0-byte block (whose
// user memory has no shadow of its own), are each still reported, and no
// freed one is: as LSan reports this program.
//
// See also: test/Runtime/leak/direct.c.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdlib.h>
#include <string.h>

void *volatile Sink;

int main(void) {
  for (int Round = 0; Round < 50; ++Round) {
    char *Blocks[1000];
    for (int I = 0; I < 1000; ++I) {
      Blocks[I] = malloc(1 + (I % 48)); // ALLOC
      memset(Blocks[I], I, 1 + (I % 48));
    }
    for (int I = 0; I < 1000; ++I)
      if (!(Round == 17 && I % 250 == 3))
        free(Blocks[I]);
    memset(Blocks, 0, sizeof Blocks);
  }
  Sink = malloc(0); // ZERO
  Sink = 0;
  return 0;
}

// I % 48 + 1 for I = 3, 253, 503, 753: 4 + 14 + 24 + 34 bytes.
// CHECK-DAG: Direct leak of 76 byte(s) in 4 object(s) allocated from:
// CHECK-DAG: among-freed.c:[[#@LINE-15]]
// CHECK-DAG: Direct leak of 1 byte(s) in 1 object(s) allocated from:
// CHECK-DAG: among-freed.c:[[#@LINE-9]]
// CHECK: SUMMARY: memscope: 77 byte(s) leaked in 5 allocation(s).
