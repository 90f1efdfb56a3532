// ===- test/Runtime/use-after-free/strlen.c - strlen of a freed string ----===
//
// A string function reads freed memory: the strlen interceptor checks the
// bytes it read and reports with `(in strlen)`.
//
// See also: runtime/memscope_interceptors.cpp (strlen).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t hello 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t hello 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *Copy = malloc(64); // ALLOC
  strcpy(Copy, argv[1]);
  fprintf(stderr, "%s\n", Copy);
  free(Copy); // FREE
  printf("%zu\n", strlen(Copy)); // BOOM
  return 0;
}

// CHECK:      hello
// CHECK:      ERROR: memscope: heap-use-after-free on address [[ADDR:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size {{[0-9]+}} at [[ADDR]] (in strlen) thread T0
// CHECK:        in main {{.*}}strlen.c:[[@LINE-7]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 64-byte region
// CHECK-NEXT: freed by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in free
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}strlen.c:[[@LINE-12]]:
// CHECK:      previously allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}strlen.c:[[@LINE-18]]:
// CHECK:      SUMMARY: memscope: heap-use-after-free {{.*}}strlen.c:[[@LINE-15]]:{{[0-9]+}} in main
