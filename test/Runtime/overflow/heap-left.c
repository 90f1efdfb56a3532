// ===- test/Runtime/overflow/heap-left.c - a read just before the start ---===
//
// Index -1 of an int array reads the 4 bytes right before the block: its
// left redzone (the chunk header lives there too, and must never read as
// addressable).
//
// See also: runtime/memscope_allocator.h (chunk layout), overflow/heap-right.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O1 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  int *Values = malloc(4 * sizeof(int)); // ALLOC
  for (int I = 0; I < 4; ++I)
    Values[I] = I + argc;
  int Index = argc - 2;
  printf("%d\n", Values[Index]); // BOOM
  free(Values);
  return 0;
}

// CHECK:      ERROR: memscope: heap-buffer-overflow on address [[ADDR:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size 4 at [[ADDR]] thread T0
// CHECK-NEXT:   #0 {{.*}} in main {{.*}}heap-left.c:[[@LINE-7]]:
// CHECK:      [[ADDR]] is located 4 bytes before 16-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}heap-left.c:[[@LINE-15]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}heap-left.c:[[@LINE-12]]:{{[0-9]+}} in main
