// ===- test/Runtime/trace/concurrent.c - one file per process -------------===
//
// Two processes given the same trace_path at the same time: the first holds
// the file, the second writes <trace_path>.<pid>; both traces read whole.
// A later run replaces the file.
//
// See also: runtime/memscope_trace.cpp (OpenNamedTrace).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: sh -c 'MEMSCOPE_OPTIONS=trace_path=x.trace %t hold & \
// RUN:   while [ ! -e ready ]; do sleep 0.05; done; \
// RUN:   MEMSCOPE_OPTIONS=trace_path=x.trace %t; touch done; wait'
// RUN: ls | FileCheck %s --check-prefix=FILES
// RUN: memscope report x.trace | FileCheck %s --check-prefix=HOLDER
// RUN: sh -c 'memscope report x.trace.*' | FileCheck %s --check-prefix=SECOND
// RUN: rm x.trace.* && env MEMSCOPE_OPTIONS=trace_path=x.trace %t
// RUN: ls | FileCheck %s --check-prefix=AGAIN
// RUN: memscope report x.trace | FileCheck %s --check-prefix=SECOND

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  free(malloc(16));
  if (argc > 1) {
    // The holder: the trace is open from the start; let the second process
    // run, then finish.
    fclose(fopen("ready", "w"));
    for (int I = 0; I < 400 && access("done", F_OK) != 0; ++I)
      usleep(50000);
    free(malloc(32));
  }
  return 0;
}
// FILES: done
// FILES-NEXT: ready
// FILES-NEXT: x.trace
// FILES-NEXT: x.trace.{{[0-9]+}}
// FILES-NOT: trace
// HOLDER: command line: {{.*}}concurrent.c.tmp hold
// HOLDER: finished
// SECOND: command line: {{.*}}concurrent.c.tmp{{$}}
// SECOND: finished
// AGAIN: done
// AGAIN-NEXT: ready
// AGAIN-NEXT: x.trace
// AGAIN-NOT: trace
