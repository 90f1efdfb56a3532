// ===- test/Runtime/stack/vla-alignment.c - over-aligned dynamic locals ---===//
//
// A variable-length array or alloca with an alignment above the redzone's
// (32 bytes) keeps it: the redzone before it grows to the alignment. Its
// overflow is still a dynamic-stack-buffer-overflow at the line.
//
// See also: pass/StackRedzones.cpp (redzoneDynamicAllocas).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %t 8 2>&1 | FileCheck %s --check-prefix=OK
// RUN: not %t 9 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %t 8 2>&1 | FileCheck %s --check-prefix=OK
// RUN: not %t 9 2>&1 | FileCheck %s --check-prefix=OVERFLOW

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) int fill(int N, int Write) {
  _Alignas(128) char Big[N];
  _Alignas(4096) char Page[N];
  if ((uintptr_t)Big % 128 || (uintptr_t)Page % 4096)
    return -1;
  for (int I = 0; I < N; ++I)
    Big[I] = Page[I] = (char)I;
  Big[Write - 1] = 1; // WRITE
  return Big[3] + Page[3];
}

int main(int argc, char **argv) {
  int Result = fill(8, atoi(argv[1]));
  fprintf(stderr, "aligned %d\n", Result == 6);
  return 0;
}

// OK: aligned 1
// OVERFLOW: ERROR: memscope: dynamic-stack-buffer-overflow
// OVERFLOW: WRITE of size 1
// OVERFLOW-NEXT: #0 {{.*}} in fill {{.*}}vla-alignment.c:[[#@LINE-13]]
