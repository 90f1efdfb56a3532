// ===- test/Runtime/overflow/negative-size.c - a size that wrapped --------===//
//
// memcpy, memmove and memset given a size that is negative as a signed
// number (a length computed as end - begin the wrong way round) are a
// negative-size-param, as ASan reports them, before anything is touched.
//
// See also: runtime/memscope_interceptors.h (MEMSCOPE_CHECK_RANGE).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s

#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *Buffer = malloc(64);
  // Opaque to the optimiser, which would drop a copy it can see is
  // undefined.
  char *volatile Begin = Buffer + 16, *volatile End = Buffer + 8;
  memset(Buffer, 0, 64);
  memcpy(Begin, Buffer, (size_t)(End - Begin)); // COPY
  free(Buffer);
  return 0;
}

// CHECK: ERROR: memscope: negative-size-param: (size=-8)
// CHECK: #{{[01]}} {{.*}} in main {{.*}}negative-size.c:[[#@LINE-6]]
// CHECK: SUMMARY: memscope: negative-size-param
