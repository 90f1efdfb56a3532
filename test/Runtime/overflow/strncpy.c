// ===- test/Runtime/overflow/strncpy.c - strncpy's padding overflows ------===
//
// The source ("ab") fits easily, but strncpy writes exactly n bytes, padding
// with NULs: n = 10 into an 8-byte block overflows although no character of
// the source lands past the end.
//
// See also: runtime/memscope_interceptors.cpp (strncpy), clean/strings.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t ab 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t ab 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *Name = malloc(8); // ALLOC
  strncpy(Name, argv[1], 10); // BOOM
  puts(Name);
  free(Name);
  return 0;
}

// CHECK:      ERROR: memscope: heap-buffer-overflow on address [[BAD:0x[0-9a-f]+]]
// CHECK-NEXT: WRITE of size 10 at 0x{{[0-9a-f]+}} (in strncpy) thread T0
// CHECK-NEXT:   #0 {{.*}} in strncpy
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}strncpy.c:[[@LINE-9]]:
// CHECK:      [[BAD]] is located 0 bytes after 8-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}strncpy.c:[[@LINE-14]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}strncpy.c:[[@LINE-14]]:{{[0-9]+}} in main
