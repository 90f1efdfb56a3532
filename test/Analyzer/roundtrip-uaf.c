// ===- test/Analyzer/roundtrip-uaf.c - a real trace through the analyzer ---===
//
// A program built with -fsanitize=memscope writes its trace; `memscope
// report` reads it back and shows the error with its symbolised stack, the
// passport history of the block, and the allocation sites.
//
// See also: runtime/memscope_trace.cpp, utils/analyzer/.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: rm -f %t.trace
// RUN: env MEMSCOPE_OPTIONS=trace_path=%t.trace not %t 2>/dev/null
// RUN: memscope report %t.trace | FileCheck %s
// RUN: memscope report --json %t.trace | FileCheck %s --check-prefix=JSON
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=trace_path=%t.trace not %t 2>/dev/null
// RUN: memscope report %t.trace | FileCheck %s

#include <stdlib.h>

int *volatile Sink;

int main(int argc, char **argv) {
  int *P = malloc(48); // ALLOC
  P[1] = argc;
  Sink = P;
  free(P); // FREE
  return Sink[argc]; // BOOM
}
// CHECK: command line: {{.*}}roundtrip-uaf.c.tmp
// CHECK: finished with exit code 1
// CHECK: ERROR: heap-use-after-free on address 0x{{[0-9a-f]+}} (READ of size 4) in thread T0
// CHECK-NEXT: #0 0x{{[0-9a-f]+}} in main {{.*}}roundtrip-uaf.c:[[@LINE-5]]
// CHECK: passport #{{[0-9]+}} ({{(int, )?}}48 bytes): allocated T0 at roundtrip-uaf.c:[[@LINE-10]] → freed T0 at roundtrip-uaf.c:[[@LINE-7]]
// CHECK: the process stopped after this error
// CHECK: allocation sites by bytes
// CHECK: 48 byte(s) in 1 allocation(s) in main {{.*}}roundtrip-uaf.c:[[@LINE-13]]
// JSON: "schema_version": 1
// JSON: "kind": "heap-use-after-free"
