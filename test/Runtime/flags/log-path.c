// ===- test/Runtime/flags/log-path.c - reports to a file ------------------===
//
// With log_path=<path> the report goes to <path>.<pid> (the pid the report
// itself shows) and not to stderr, where only the program's own output
// remains. The exit status is still the error's.
//
// See also: docs/Flags.md (log_path).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: env MEMSCOPE_OPTIONS=log_path=%t.dir/report not %t 2> %t.stderr
// RUN: FileCheck %s --check-prefix=STDERR --implicit-check-not=memscope < %t.stderr
// RUN: ls %t.dir | count 1
// RUN: sh -c 'for f in %t.dir/report.*; do echo "file suffix ${f##*.}"; cat "$f"; done' | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t
// RUN: rm -rf %t.dir && mkdir -p %t.dir
// RUN: env MEMSCOPE_OPTIONS=log_path=%t.dir/report not %t 2> %t.stderr
// RUN: FileCheck %s --check-prefix=STDERR --implicit-check-not=memscope < %t.stderr
// RUN: sh -c 'for f in %t.dir/report.*; do echo "file suffix ${f##*.}"; cat "$f"; done' | FileCheck %s

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  fprintf(stderr, "before the bug\n");
  long *Values = malloc(2 * sizeof(long));
  Values[0] = argc;
  fprintf(stderr, "%ld\n", Values[argc + 1]); // BOOM
  free(Values);
  return 0;
}

// STDERR: before the bug

// CHECK:      file suffix [[PID:[0-9]+]]
// CHECK:      =={{[0-9]+}}==ERROR: memscope: heap-buffer-overflow
// CHECK:      SUMMARY: memscope: heap-buffer-overflow {{.*}}log-path.c:[[@LINE-9]]:
// CHECK-NEXT: Shadow bytes around the buggy address:
// CHECK:      Shadow byte legend
// CHECK:      ==[[PID]]==ABORTING
