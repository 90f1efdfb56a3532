// ===- test/Analyzer/roundtrip-killed.c - a program killed mid-run --------===
//
// SIGKILL gives the runtime no chance to finish the trace: what was flushed
// before (buffers are written when full, periodically and at exit) is still
// a readable trace, and the analyzer says the process did not finish.
//
// See also: runtime/memscope_trace.cpp (flush policy), docs/TraceFormat.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O1 %s -o %t
// RUN: rm -f %t.trace
// RUN: env MEMSCOPE_OPTIONS=trace_path=%t.trace:trace_flush_ms=0 not --crash %t
// RUN: memscope report %t.trace | FileCheck %s

#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

void *volatile Sink;

int main() {
  // Enough events for several periodic flushes (checked every 256 events).
  for (int I = 0; I < 20000; ++I) {
    Sink = malloc(16 + I % 64); // ALLOC
    free(Sink);
  }
  kill(getpid(), SIGKILL);
  return 0;
}
// CHECK: note: the trace has no end record: the process did not finish
// CHECK: allocation sites by count
// CHECK: {{[0-9]+}} byte(s) in {{1[0-9][0-9][0-9][0-9]}} allocation(s) in main {{.*}}roundtrip-killed.c:[[@LINE-8]]
