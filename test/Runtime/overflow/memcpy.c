// ===- test/Runtime/overflow/memcpy.c - memcpy past its destination -------===
//
// memcpy's destination is one byte too small. Without -fno-builtin the pass
// turns llvm.memcpy into __memscope_memcpy; with it, the call reaches the
// memcpy interceptor. Both report `WRITE ... (in memcpy)` at the call, with
// the range's size and, as ASan, the address of its first bad byte.
//
// See also: runtime/memscope_interceptors_memintrinsics.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O0 -fno-builtin %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 -fno-builtin %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char Src[] = "0123456789abcdefghijklmnopqrstuvwxyz";

int main(int argc, char **argv) {
  char *Dst = malloc(16); // ALLOC
  memcpy(Dst, Src, 16 + argc); // BOOM
  printf("%c\n", Dst[argc]);
  free(Dst);
  return 0;
}

// CHECK:      ERROR: memscope: heap-buffer-overflow on address [[BAD:0x[0-9a-f]+]]
// CHECK-NEXT: WRITE of size 17 at [[BAD]] (in memcpy) thread T0
// CHECK:        in main {{.*}}memcpy.c:[[@LINE-8]]:
// CHECK:      [[BAD]] is located 0 bytes after 16-byte region
// CHECK-NEXT: allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}memcpy.c:[[@LINE-13]]:
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}memcpy.c:[[@LINE-13]]:{{[0-9]+}} in main
