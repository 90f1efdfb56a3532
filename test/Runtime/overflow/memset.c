// ===- test/Runtime/overflow/memset.c - memset runs past the block --------===
//
// memset of two bytes more than malloc gave: the report names memset, the
// first bad byte (0 bytes to the right) and the whole attempted size.
//
// See also: runtime/memscope_interceptors_memintrinsics.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 -fno-builtin %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *Buf = malloc(10 + argc); // ALLOC
  memset(Buf, 0, 12 + argc); // BOOM
  printf("%d\n", Buf[argc]);
  free(Buf);
  return 0;
}

// CHECK:      ERROR: memscope: heap-buffer-overflow on address [[BAD:0x[0-9a-f]+]]
// CHECK-NEXT: WRITE of size 13 at 0x{{[0-9a-f]+}} (in memset) thread T0
// CHECK:        in main {{.*}}memset.c:[[@LINE-8]]:
// CHECK:      [[BAD]] is located 0 bytes after 11-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}memset.c:[[@LINE-13]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}memset.c:[[@LINE-13]]:{{[0-9]+}} in main
