// ===- test/Runtime/use-after-free/realloc.c - the block realloc left -----===
//
// realloc always moves the block under memscope and quarantines the old one,
// so a pointer kept from before the realloc is caught on first use. The free
// stack starts in realloc.
//
// See also: runtime/memscope_allocator.cpp (MemscopeRealloc).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O1 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>

// Keeps the new block observable: with nothing but loads, stores and frees
// to see, -O2 deletes the whole malloc/realloc/free sequence.
int *volatile Keep;

int main(int argc, char **argv) {
  int *Old = malloc(4 * sizeof(int)); // ALLOC
  Old[0] = argc;
  int *New = realloc(Old, (64 + argc) * sizeof(int)); // FREE
  Keep = New;
  printf("%d\n", Old[0]); // BOOM
  free(New);
  return 0;
}

// CHECK:      ERROR: memscope: heap-use-after-free on address [[ADDR:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size 4 at [[ADDR]] thread T0
// CHECK-NEXT:   #0 {{.*}} in main {{.*}}realloc.c:[[@LINE-7]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 16-byte region
// CHECK-NEXT: freed by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in realloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}realloc.c:[[@LINE-13]]:
// CHECK:      previously allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}realloc.c:[[@LINE-18]]:
// CHECK:      SUMMARY: memscope: heap-use-after-free {{.*}}realloc.c:[[@LINE-15]]:{{[0-9]+}} in main
