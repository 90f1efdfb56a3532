// ===- test/Analyzer/snapshot-crash.cpp - a peak snapshot outlives a crash ===
//
// A peak snapshot is held back in memory until the heap shrinks (or the
// final snapshot supersedes it). A process that dies in the middle of its
// work takes no final snapshot: the held one is written as the trace
// closes, and the analyzer reads the heap as it was.
//
// See also: runtime/memscope_trace.cpp (ResolveHeldLocked), retainers.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && not env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t
// RUN: memscope graph --top-retainers 1 %t.dir/*.trace | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: rm -rf %t.dir && not env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t
// RUN: memscope graph --top-retainers 1 %t.dir/*.trace | FileCheck %s

// CHECK: Retained sizes in heap snapshot 1 (peak,
// CHECK: {{[0-9]+}} B {{[0-9]+}} blocks #{{[0-9]+}} Node (snapshot-crash.cpp:[[@LINE+12]]), 16 B itself; held by

struct Node {
  Node *Next;
  long Value;
};

Node *volatile List;
int *volatile Nowhere;

__attribute__((noinline)) void build(int N) {
  for (int I = 0; I < N; ++I)
    List = new Node{List, I};
}

int main() {
  build(10000);
  delete new int(1); // a free at the peak: the snapshot is taken, held
  *Nowhere = 1;      // the process dies with its list whole
  return 0;
}
