// ===- test/Runtime/allocator/own-strdup.c - a program's own strdup -------===//
//
// A program that ships its own strdup and strndup (a portability shim)
// links and runs under memscope, as under ASan: memscope's are weak. Its
// copies are malloc's blocks, checked as usual.
//
// See also: runtime/memscope_interceptors.cpp, allocator/own-malloc.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int Copies;

char *strdup(const char *S) {
  size_t N = strlen(S) + 1;
  char *Copy = malloc(N);
  ++Copies;
  return Copy ? memcpy(Copy, S, N) : NULL;
}

char *strndup(const char *S, size_t Max) {
  size_t N = strnlen(S, Max);
  char *Copy = malloc(N + 1);
  ++Copies;
  if (Copy) {
    memcpy(Copy, S, N);
    Copy[N] = 0;
  }
  return Copy;
}

volatile int Index;

int main(int Argc, char **Argv) {
  char *A = strdup("abc"), *B = strndup("abcdef", 2);
  int Sum = A[Index + 3] + B[Index + 2];
  if (Argc > 1) { // clean
    printf("copies %d %d\n", Copies, Sum);
    free(A);
    free(B);
    return 0;
  }
  return B[Index + 3];
}
// CLEAN: copies 2 0
// CHECK: ERROR: memscope: heap-buffer-overflow
// CHECK: #0 {{.*}} in main {{.*}}own-strdup.c:[[@LINE-4]]
// CHECK: 0 bytes after 3-byte region
