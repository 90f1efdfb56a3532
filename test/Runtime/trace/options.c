// ===- test/Runtime/trace/options.c - where the trace goes, or not --------===
//
// A plain run writes no file. trace=1 writes memscope.<pid>.trace in the
// working directory; trace_dir writes <dir>/<program>.<pid>.trace (making
// the directory); trace_path names the file; naming a place turns the trace
// on unless trace=0 says otherwise. A path that cannot be created gets one
// line and the program runs (and is checked) without it.
//
// See also: runtime/memscope_trace.cpp (OpenTraceFile), docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: %t
// RUN: ls | count 0
// RUN: env MEMSCOPE_OPTIONS=trace=1 %t
// RUN: ls | grep -c '^memscope\.[0-9]*\.trace$' | FileCheck %s --check-prefix=ONE
// RUN: rm -f memscope.*.trace && env MEMSCOPE_OPTIONS=trace_dir=%t.dir/sub %t
// RUN: ls | count 1
// RUN: ls sub | grep -c '^options\.c\.tmp\.[0-9]*\.trace$' | FileCheck %s --check-prefix=ONE
// RUN: rm -rf sub && env MEMSCOPE_OPTIONS=trace_path=x.trace %t
// RUN: ls | FileCheck %s --check-prefix=NAMED
// RUN: rm -f x.trace && env MEMSCOPE_OPTIONS=trace_path=x.trace:trace=0 %t
// RUN: env MEMSCOPE_OPTIONS=trace=0:trace_dir=sub %t
// RUN: ls | count 0
// RUN: env MEMSCOPE_OPTIONS=trace_path=/nonexistent/dir/x.trace %t 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: env MEMSCOPE_OPTIONS=trace_path=/nonexistent/dir/x.trace not %t overflow 2>&1 | FileCheck %s --check-prefix=STILL
// RUN: env MEMSCOPE_OPTIONS=trace_dir=/nonexistent/dir %t 2>&1 | FileCheck %s --check-prefix=BADDIR

#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  char *P = malloc(8);
  if (argc > 1)
    memset(P, 0, 9 + strlen(argv[1]) - strlen(argv[1]));
  free(P);
  return 0;
}
// ONE: 1
// NAMED: x.trace
// BAD: memscope: cannot create the trace '/nonexistent/dir/x.trace' (errno 2); running without a trace (trace=0 silences this)
// BAD-NOT: ERROR
// STILL: ERROR: memscope: heap-buffer-overflow
// BADDIR: memscope: cannot create the trace '/nonexistent/dir' (errno 2); running without a trace (trace=0 silences this)
