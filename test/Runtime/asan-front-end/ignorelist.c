// ===- test/Runtime/asan-front-end/ignorelist.c - -fsanitize-ignorelist ---===//
//
// ASan's ignore list (`fun:` and `global:` entries) given to the memscope
// driver leaves the functions named unchecked and the globals named
// without a redzone, as under ASan; the rest stays checked.
//
// See also: utils/memscope-clang.in, pass/Attributes.h.
// ===----------------------------------------------------------------------===

// RUN: echo "fun:read_past" > %t.ignore
// RUN: echo "global:table" >> %t.ignore
// RUN: %clang_memscope -O0 -fsanitize-ignorelist=%t.ignore %s -o %t
// RUN: %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t checked 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 -fsanitize-ignorelist=%t.ignore %s -o %t
// RUN: %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t checked 2>&1 | FileCheck %s
// Without the list the same read is an error.
// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s --check-prefix=UNLISTED

#include <stdio.h>
#include <stdlib.h>

int table[4] = {1, 2, 3, 4};
int other[4] = {5, 6, 7, 8};

__attribute__((noinline)) int read_past(int *p, int i) { return p[i]; }
__attribute__((noinline)) int read_checked(int *p, int i) { return p[i]; }

int main(int argc, char **argv) {
  int *heap = malloc(4 * sizeof(int));
  volatile int v;
  v = read_past(heap, 4 + argc - 1) + table[4 + argc - 1];
  fprintf(stderr, "done\n");
  // CLEAN: done
  // CLEAN-NOT: ERROR
  // UNLISTED: ERROR: memscope: heap-buffer-overflow
  // UNLISTED: in read_past
  if (argc > 1)
    v = read_checked(other, 4);
  // CHECK: ERROR: memscope: global-buffer-overflow
  // CHECK: in read_checked
  free(heap);
  return 0;
}
