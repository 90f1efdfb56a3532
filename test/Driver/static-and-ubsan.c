// ===- test/Driver/static-and-ubsan.c - links the drivers refuse or adapt --===
//
// -static cannot work (the runtime must replace malloc and intercept libc
// in a dynamically linked program): refused in one line. UBSan with
// memscope links with UBSan's minimal runtime, which the driver adds (its
// full runtime bundles sanitizer_common, as memscope's does), and both
// report; asking for UBSan's full runtime is refused in one line.
//
// See also: utils/memscope-clang.in.
// ===----------------------------------------------------------------------===

// RUN: not %clang_memscope -static %s -o %t 2>&1 | FileCheck %s --check-prefix=STATIC
// STATIC: memscope-clang: error: -fsanitize=memscope does not support -static
// STATIC-NOT: ld

// RUN: %clang_memscope -fsanitize=undefined -O0 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s --check-prefix=UBSAN
// UBSAN: ubsan: add-overflow
// UBSAN: ERROR: memscope: heap-use-after-free
// RUN: not %clang_memscope -fsanitize=undefined -fno-sanitize-minimal-runtime %s -o %t 2>&1 \
// RUN:   | FileCheck %s --check-prefix=FULL
// FULL: memscope-clang: error: -fsanitize=memscope links only with UBSan's minimal runtime; drop -fno-sanitize-minimal-runtime
// FULL-NOT: multiple definition

#include <limits.h>
#include <stdlib.h>

int volatile Big = INT_MAX;

int main(void) {
  int Sum = Big + 1;
  char *P = malloc(4);
  free(P);
  return P[Sum & 1];
}
