// ===- test/Runtime/flags/poison-partial.c - poison_partial -----------------===//
//
// By default the bytes past the end of a 21-byte block or global in its
// last granule are poisoned: a 4-byte read at offset 20 is an overflow.
// poison_partial=0 (ASan's option) leaves them addressable.
//
// See also: runtime/memscope_allocator.cpp, runtime/memscope_globals.cpp.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t heap 2>&1 | FileCheck %s --check-prefix=HEAP
// RUN: not %t global 2>&1 | FileCheck %s --check-prefix=GLOBAL
// RUN: env MEMSCOPE_OPTIONS=poison_partial=0 %t heap
// RUN: env MEMSCOPE_OPTIONS=poison_partial=0 %t global
// HEAP: ERROR: memscope: heap-buffer-overflow
// GLOBAL: ERROR: memscope: global-buffer-overflow

#include <stdlib.h>
#include <string.h>

char Global[21];

int main(int Argc, char **Argv) {
  char *X = Argv[1][0] == 'h' ? malloc(21) : Global;
  memset(X, 0, 21);
  int Value = ((volatile int *)X)[5];
  if (X != Global)
    free(X);
  return Value;
}
