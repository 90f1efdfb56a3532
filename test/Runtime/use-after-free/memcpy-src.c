// ===- test/Runtime/use-after-free/memcpy-src.c - memcpy from freed -------===
//
// The freed block is read by memcpy rather than by an instrumented load: the
// access line says `(in memcpy)` and the stack still reaches the caller.
// With -fno-builtin the call goes to the memcpy interceptor instead of the
// __memscope_memcpy the pass substitutes for llvm.memcpy; both must report.
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
  char *Src = malloc(32); // ALLOC
  memset(Src, 'a', 32);
  free(Src); // FREE
  char Dst[32];
  memcpy(Dst, Src, 16 + argc); // BOOM
  printf("%c\n", Dst[argc]);
  return 0;
}

// CHECK:      ERROR: memscope: heap-use-after-free on address [[ADDR:0x[0-9a-f]+]]
// CHECK-NEXT: READ of size 17 at [[ADDR]] (in memcpy) thread T0
// CHECK:        in main {{.*}}memcpy-src.c:[[@LINE-7]]:
// CHECK:      [[ADDR]] is located 0 bytes inside of 32-byte region
// CHECK-NEXT: freed by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in free
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}memcpy-src.c:[[@LINE-13]]:
// CHECK:      previously allocated by thread T0 here:
// CHECK-NEXT:   #0 {{.*}} in malloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}memcpy-src.c:[[@LINE-18]]:
// CHECK:      SUMMARY: memscope: heap-use-after-free {{.*}}memcpy-src.c:[[@LINE-15]]:{{[0-9]+}} in main
