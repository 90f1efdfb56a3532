// ===- test/Runtime/flags/unknown-option.c - a misspelt key ---------------===
//
// An unknown key is reported on one line that names it, then skipped: the
// program still runs, memscope still detects, and the other entries of the
// same string still apply (here exitcode=3).
//
// See also: runtime/memscope_flags.cpp (SetFlag), docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=halt_on_eror=0:exitcode=3 sh -c '%t; echo "exit status $?"' 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not=halt_on_eror
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=halt_on_eror=0:exitcode=3 sh -c '%t; echo "exit status $?"' 2>&1 \
// RUN:   | FileCheck %s --implicit-check-not=halt_on_eror

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  fprintf(stderr, "main runs\n");
  char *Text = malloc(4);
  Text[0] = 'a';
  fprintf(stderr, "%c\n", Text[3 + argc]); // BOOM
  free(Text);
  return 0;
}

// CHECK:      memscope: MEMSCOPE_OPTIONS: unknown option 'halt_on_eror'; ignored (help=1 lists the options)
// CHECK-NEXT: main runs
// CHECK:      ERROR: memscope: heap-buffer-overflow
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}unknown-option.c:[[@LINE-8]]:
// CHECK:      exit status 3
