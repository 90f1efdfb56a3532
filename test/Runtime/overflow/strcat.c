// ===- test/Runtime/overflow/strcat.c - strcat appends past the end -------===
//
// "abcd" + argv[1] ("efgh") needs 9 bytes; the block has 8. The interceptor
// checks the appended bytes, from the old terminator on: 5 bytes written.
//
// See also: runtime/memscope_interceptors.cpp (strcat).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t efgh 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t efgh 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *Text = malloc(8); // ALLOC
  strcpy(Text, "abcd");
  strcat(Text, argv[1]); // BOOM
  puts(Text);
  free(Text);
  return 0;
}

// CHECK:      ERROR: memscope: heap-buffer-overflow on address [[BAD:0x[0-9a-f]+]]
// CHECK-NEXT: WRITE of size 5 at 0x{{[0-9a-f]+}} (in strcat) thread T0
// CHECK-NEXT:   #0 {{.*}} in strcat
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}strcat.c:[[@LINE-9]]:
// CHECK:      [[BAD]] is located 0 bytes after 8-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}strcat.c:[[@LINE-15]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}strcat.c:[[@LINE-14]]:{{[0-9]+}} in main
