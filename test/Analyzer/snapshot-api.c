// ===- test/Analyzer/snapshot-api.c - snapshots the program asks for ------===
//
// __memscope_heap_snapshot() takes a heap snapshot when the program says:
// here, with a 4000-node list the program then takes down. The analyzer
// reads the largest snapshot (this one) unless --snapshot names another;
// the snapshot when main returns has the small list left. With
// snapshot_at_checks, __memscope_leak_check() takes one too (2000 nodes).
//
// See also: include/memscope/memscope.h, utils/analyzer/Retainers.h.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -I%memscope_src/include -O0 %s -o %t
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir:snapshot_peaks=0 %t
// RUN: memscope graph --top-retainers 1 %t.dir/*.trace | FileCheck %s --check-prefix=BIG
// RUN: memscope graph --snapshot 2 --top-retainers 5 %t.dir/*.trace | FileCheck %s --check-prefix=SMALL
// RUN: %clang_memscope -I%memscope_src/include -O2 %s -o %t
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir:snapshot_peaks=0 %t
// RUN: memscope graph --top-retainers 1 %t.dir/*.trace | FileCheck %s --check-prefix=BIG
// RUN: memscope graph --snapshot 2 --top-retainers 5 %t.dir/*.trace | FileCheck %s --check-prefix=SMALL
// snapshot_at_checks: one more, just before the leak check.
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir:snapshot_peaks=0:snapshot_at_checks=1 %t
// RUN: memscope graph --snapshot 2 --top-retainers 1 %t.dir/*.trace | FileCheck %s --check-prefix=CHECKED
// RUN: memscope graph --snapshot 3 --top-retainers 5 %t.dir/*.trace | FileCheck %s --check-prefix=SMALL3
// Without the trace, the call does nothing and no file is left.
// RUN: rm -rf %t.none && mkdir %t.none && cd %t.none && %t && ls | count 0

// BIG: Retained sizes in heap snapshot 1 (program,
// BIG: 64000 B 4000 blocks #{{[0-9]+}} {{.*}}(snapshot-api.c:[[@LINE+20]]), 16 B itself; held by a global root
// CHECKED: Retained sizes in heap snapshot 2 (leak-check,
// CHECKED: 32000 B 2000 blocks
// SMALL3: Retained sizes in heap snapshot 3 (main-return,
// SMALL3: 160 B 10 blocks
// SMALL: Retained sizes in heap snapshot 2 (main-return,
// SMALL: 160 B 10 blocks #{{[0-9]+}} {{.*}}(snapshot-api.c:[[@LINE+14]]), 16 B itself; held by a global root

#include <memscope/memscope.h>
#include <stdlib.h>

struct Node {
  struct Node *Next;
  long Value;
};

struct Node *List;

static void build(int N) {
  for (int I = 0; I < N; ++I) {
    struct Node *P = malloc(sizeof(struct Node));
    P->Next = List;
    P->Value = I;
    List = P;
  }
}

static void takeDown(void) {
  while (List) {
    struct Node *Next = List->Next;
    free(List);
    List = Next;
  }
}

int main(void) {
  build(4000);
  __memscope_heap_snapshot();
  takeDown();
  build(2000);
  __memscope_leak_check();
  takeDown();
  build(10);
  return 0;
}
