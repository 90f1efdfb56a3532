// ===- test/Runtime/overflow/memcmp.c - memcmp's length exceeds a block ---===
//
// memcmp(A, B, 9) on two 8-byte blocks that differ in their first byte. By
// default (strict_memcmp=1) both whole ranges must be addressable, as the
// C standard allows memcmp to read them all: reported on A. With
// strict_memcmp=0 only the bytes up to the first difference count: no
// report, and the program prints the comparison's sign.
//
// See also: runtime/memscope_interceptors_memintrinsics.cpp (memcmp),
// docs/Flags.md (strict_memcmp).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=strict_memcmp=0 %t 2>&1 | FileCheck %s --check-prefix=LAX --implicit-check-not=memscope
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=strict_memcmp=0 %t 2>&1 | FileCheck %s --check-prefix=LAX --implicit-check-not=memscope

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *A = malloc(8); // ALLOC
  char *B = malloc(8);
  memset(A, 'a', 8);
  memset(B, 'b', 8);
  int Order = memcmp(A, B, 8 + argc); // BOOM
  printf("order %d\n", Order < 0 ? -1 : Order > 0);
  free(A);
  free(B);
  return 0;
}

// CHECK:      ERROR: memscope: heap-buffer-overflow on address [[BAD:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size 9 at 0x{{[0-9a-f]+}} (in memcmp) thread T0
// CHECK-NEXT:   #0 {{.*}} in memcmp
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}memcmp.c:[[@LINE-10]]:
// CHECK:      [[BAD]] is located 0 bytes after 8-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}memcmp.c:[[@LINE-18]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}memcmp.c:[[@LINE-15]]:{{[0-9]+}} in main

// LAX: order -1
