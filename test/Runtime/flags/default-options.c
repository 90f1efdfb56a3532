// ===- test/Runtime/flags/default-options.c - the program's own defaults --===
//
// A program may define __memscope_default_options() to set its own
// defaults; MEMSCOPE_OPTIONS still overrides them, entry by entry.
//
// See also: runtime/memscope_flags.cpp (InitializeFlags), docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=DEFAULTS
// RUN: env MEMSCOPE_OPTIONS=exitcode=9 sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=ENV
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0 sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=MIXED
// RUN: %clang_memscope -O2 %s -o %t
// RUN: sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s --check-prefix=DEFAULTS

#include <stdio.h>
#include <stdlib.h>

const char *__memscope_default_options(void) {
  return "exitcode=7:nosuchkey=1";
}

int main(int argc, char **argv) {
  char *Text = malloc(4);
  Text[0] = (char)argc;
  free(Text);
  fprintf(stderr, "%d\n", Text[0]); // BOOM
  fprintf(stderr, "after the bug\n");
  return 0;
}

// The defaults' own bad entry is attributed to them.
// DEFAULTS:     memscope: __memscope_default_options(): unknown option 'nosuchkey'; ignored
// DEFAULTS:     ERROR: memscope: heap-use-after-free
// DEFAULTS-NOT: after the bug
// DEFAULTS:     exit status 7

// ENV:     ERROR: memscope: heap-use-after-free
// ENV-NOT: after the bug
// ENV:     exit status 9

// An entry the environment does not mention keeps the program's default;
// here the program does not stop, so its own status is 0.
// MIXED: ERROR: memscope: heap-use-after-free
// MIXED: after the bug
// MIXED: exit status 0
