// ===- test/Runtime/flags/bad-value.c - values of the wrong kind ----------===
//
// Each malformed entry is reported on one line and skipped (an out-of-range
// redzone falls back to the default), never stopping the program: it still
// runs and still detects, and the valid entries among them still apply.
//
// See also: runtime/memscope_flags.cpp, docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS='exitcode=x:halt_on_error=maybe:verbosity:redzone=24:max_redzone=4096:quarantine_size_mb=-5:color=sometimes:exitcode=4' \
// RUN:   sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS='exitcode=x:halt_on_error=maybe:verbosity:redzone=24:max_redzone=4096:quarantine_size_mb=-5:color=sometimes:exitcode=4' \
// RUN:   sh -c '%t; echo "exit status $?"' 2>&1 | FileCheck %s

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

// CHECK:      memscope: MEMSCOPE_OPTIONS: option 'exitcode' has the value 'x', which is not an integer; ignored
// CHECK-NEXT: memscope: MEMSCOPE_OPTIONS: option 'halt_on_error' has the value 'maybe', which is not a boolean (0, 1, true, false); ignored
// CHECK-NEXT: memscope: MEMSCOPE_OPTIONS: 'verbosity' is not of the form key=value; ignored
// CHECK-NEXT: memscope: MEMSCOPE_OPTIONS: option 'redzone' is 24; it must be a power of two between 16 and 2048; using 16
// CHECK-NEXT: memscope: MEMSCOPE_OPTIONS: option 'max_redzone' is 4096; it must be a power of two between 16 and 2048; using 2048
// CHECK-NEXT: memscope: MEMSCOPE_OPTIONS: option 'color' is 'sometimes'; it must be 'auto', 'always' or 'never'; using 'auto'
// CHECK-NEXT: main runs
// CHECK:      ERROR: memscope: heap-buffer-overflow
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}bad-value.c:[[@LINE-13]]:
// CHECK:      exit status 4
