// ===- test/Analyzer/symbolize.c - offline symbolisation of a real binary -===
//
// This file is compiled with plain clang (-no-pie, so the module's base
// address is 0) and a trace is made whose pcs are return addresses taken
// from its disassembly, as the runtime records them: the error's stack is
// the return address of the call on the CALL line; the allocation stack is
// __memscope_fake_alloc (a stand-in for the runtime's allocator), then
// make_buffer, then main. The report must name functions, files and lines:
//   - every pc is looked up one byte earlier, inside its call: main's frame
//     is the CALL line, not the line after it (the same for FREE);
//   - the allocation site skips __memscope_fake_alloc (a runtime frame) and
//     names make_buffer;
//   - passport histories name file:line of each event.
//
// See also: utils/analyzer/Symbolizer.cpp, utils/analyzer/Model.cpp
// (isInternalFrame), Inputs/make_trace.py (binary).
// ===----------------------------------------------------------------------===

// RUN: %clang -g -O0 -no-pie %s -o %t.exe
// RUN: llvm-objdump -d --no-show-raw-insn %t.exe > %t.dis
// RUN: %make_trace binary %t.trace --exe %t.exe --disassembly %t.dis
// RUN: memscope report %t.trace 2>&1 | FileCheck %s
// RUN: memscope report --json %t.trace 2>&1 | FileCheck %s --check-prefix=JSON

#include <stdlib.h>

static void *volatile Sink;

void *__memscope_fake_alloc(size_t N) { return malloc(N); } // FAKE-ALLOC

void make_buffer(int N) {
  Sink = __memscope_fake_alloc(N + 6); // ALLOC
}

int main(int argc, char **argv) {
  make_buffer(argc); // CALL
  free(Sink); // FREE
  return 0;
}

// CHECK:      finished 4000 ns after start
// CHECK:      ERROR: heap-use-after-free on address 0x602000000010 (READ of size 1) in thread T0
// CHECK-NEXT:   #0 0x{{[0-9a-f]+}} in main {{.*}}symbolize.c:[[@LINE-7]]:3
// CHECK-NEXT:   passport #1 (7 bytes): allocated T0 at symbolize.c:[[@LINE-12]] → freed T0 at symbolize.c:[[@LINE-7]]
// CHECK-NEXT: SUMMARY: memscope: heap-use-after-free {{.*}}symbolize.c:[[@LINE-9]]:3 in main

// CHECK:      Direct leak of 7 byte(s) in 1 object(s) allocated from:
// CHECK-NEXT:   #0 0x{{[0-9a-f]+}} in __memscope_fake_alloc {{.*}}symbolize.c:[[@LINE-19]]
// CHECK-NEXT:   #1 0x{{[0-9a-f]+}} in make_buffer {{.*}}symbolize.c:[[@LINE-17]]:10
// CHECK-NEXT:   #2 0x{{[0-9a-f]+}} in main {{.*}}symbolize.c:[[@LINE-14]]:3

// CHECK:      == Top 1 allocation sites by bytes ==
// CHECK-NEXT:   1. 7 byte(s) in 1 allocation(s) in make_buffer {{.*}}symbolize.c:[[@LINE-21]]:10 (stack #1)
// CHECK:      == Peak live heap ==
// CHECK-NEXT:   7 byte(s), 0 ns after start, reached when passport #1 (7 bytes) was allocated at symbolize.c:[[@LINE-23]]
// CHECK-NOT:  the runtime counted

// JSON:      "exit_code": null,
// JSON:      "site": {
// JSON-NEXT:   "pc": "0x{{[0-9a-f]+}}",
// JSON-NEXT:   "function": "main",
// JSON-NEXT:   "file": "{{.*}}symbolize.c",
// JSON-NEXT:   "line": [[@LINE-27]],
// JSON-NEXT:   "column": 3,
// JSON-NEXT:   "module": "{{.*}}.exe",
