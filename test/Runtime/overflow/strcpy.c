// ===- test/Runtime/overflow/strcpy.c - strcpy's terminator does not fit --===
//
// The classic off-by-one: a buffer of strlen(s) bytes, no room for the NUL.
// The string comes from argv so the compiler cannot turn strcpy into memcpy.
//
// See also: runtime/memscope_interceptors.cpp (strcpy).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t hello 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t hello 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *Copy = malloc(strlen(argv[1])); // ALLOC
  strcpy(Copy, argv[1]); // BOOM
  puts(Copy);
  free(Copy);
  return 0;
}

// CHECK:      ERROR: memscope: heap-buffer-overflow on address [[BAD:0x[0-9a-f]+]]
// CHECK-NEXT: WRITE of size 6 at 0x{{[0-9a-f]+}} (in strcpy) thread T0
// CHECK-NEXT:   #0 {{.*}} in strcpy
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}strcpy.c:[[@LINE-9]]:
// CHECK:      [[BAD]] is located 0 bytes after 5-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}strcpy.c:[[@LINE-14]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}strcpy.c:[[@LINE-14]]:{{[0-9]+}} in main
