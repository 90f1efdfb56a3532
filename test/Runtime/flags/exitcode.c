// ===- test/Runtime/flags/exitcode.c - the status of a stopped program ----===
//
// A program stopped by an error exits with status 1 by default, and with
// whatever exitcode= says otherwise.
//
// See also: docs/Flags.md, flags/default-options.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=DEFAULT
// RUN: env MEMSCOPE_OPTIONS=exitcode=42 sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=CODE42
// RUN: env MEMSCOPE_OPTIONS=exitcode=0 sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=CODE0
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=exitcode=42 sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=CODE42

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  int *Values = malloc(4 * sizeof(int));
  Values[0] = argc;
  free(Values);
  fprintf(stderr, "%d\n", Values[0]); // BOOM
  return 0;
}

// DEFAULT: ERROR: memscope: heap-use-after-free
// DEFAULT: exit status 1

// CODE42: ERROR: memscope: heap-use-after-free
// CODE42: exit status 42

// CODE0: ERROR: memscope: heap-use-after-free
// CODE0: ABORTING
// CODE0: exit status 0
