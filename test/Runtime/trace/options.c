// ===- test/Runtime/trace/options.c - where the trace goes, or not --------===
//
// The trace is memscope.<pid>.trace in the working directory by default,
// trace_path names it, trace=0 turns it off, and a path that cannot be
// created gets one line and the program runs (and is checked) without it.
//
// See also: runtime/memscope_trace.cpp, docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: %t
// RUN: ls | grep -c '^memscope\.[0-9]*\.trace$' | FileCheck %s --check-prefix=ONE
// RUN: rm -f memscope.*.trace && env MEMSCOPE_OPTIONS=trace=0 %t
// RUN: ls | count 0
// RUN: env MEMSCOPE_OPTIONS=trace_path=/nonexistent/dir/x.trace %t 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: env MEMSCOPE_OPTIONS=trace_path=/nonexistent/dir/x.trace not %t overflow 2>&1 | FileCheck %s --check-prefix=STILL

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
// BAD: memscope: cannot create the trace '/nonexistent/dir/x.trace' (errno 2); running without a trace (trace=0 silences this)
// BAD-NOT: ERROR
// STILL: ERROR: memscope: heap-buffer-overflow
