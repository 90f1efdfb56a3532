// ===- test/Analyzer/retainers.cpp - retained sizes and leak suspects -----===
//
// A heap of known shape: a global holds A, which holds B and C, which both
// hold D, which holds E; a global and A both hold G; L1 holds L2 and both
// leak; a list of 3000 nodes lives in main's locals and is taken down
// before main returns. The largest heap snapshot is the peak one, taken by
// the first free of the list's teardown. Its dominator tree must give:
// A retains A..E (D is A's, not B's or C's), D retains D and E, G is no
// one's (two roots of different depth hold it), the list's head retains
// the whole list, and the leaked L1 is the leak suspect retaining L2.
//
// See also: utils/analyzer/Retainers.h, docs/Analyzer.md.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && not env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t
// RUN: memscope graph --top-retainers 8 %t.dir/*.trace | FileCheck %s
// RUN: memscope graph --top-retainers 8 --format json %t.dir/*.trace | FileCheck %s --check-prefix=JSON
// RUN: not memscope graph --top-retainers 8 --format dot %t.dir/*.trace 2>&1 | FileCheck %s --check-prefix=DOT
// The graph (over 3000 nodes) shows a selection; --infer shows every
// inferred edge, and the blocks they join.
// RUN: memscope graph --infer -o %t.json %t.dir/*.trace
// RUN: %python %S/Inputs/inferred.py %t.json | FileCheck %s --check-prefix=INFER
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: rm -rf %t.dir && not env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t
// RUN: memscope graph --top-retainers 8 %t.dir/*.trace | FileCheck %s
// RUN: memscope graph --infer -o %t.json %t.dir/*.trace
// RUN: %python %S/Inputs/inferred.py %t.json | FileCheck %s --check-prefix=INFER
// The snapshot taken when main returned has no list, and no L1 reachable.
// RUN: memscope graph --snapshot 1000 --top-retainers 3 %t.dir/*.trace 2>&1 | FileCheck %s --check-prefix=NONE
// Without peak snapshots, the one when main returned is all there is.
// RUN: rm -rf %t.dir && not env MEMSCOPE_OPTIONS=trace_dir=%t.dir:snapshot_peaks=0 %t
// RUN: memscope graph --top-retainers 8 %t.dir/*.trace | FileCheck %s --check-prefix=FINAL
// RUN: not memscope graph --top-retainers 0 %t.dir/*.trace 2>&1 | FileCheck %s --check-prefix=BAD

// CHECK: Retained sizes in heap snapshot {{[0-9]+}} (peak, {{.*}} reachable from the roots
// CHECK: Top retainers
// CHECK-DAG: {{[0-9]+}} B {{[0-9]+}} blocks #{{[0-9]+}} ListNode (retainers.cpp:[[@LINE+77]]), 16 B itself; held by a thread root
// CHECK-DAG: 15000 B 5 blocks #[[A:[0-9]+]] void* (retainers.cpp:[[@LINE+53]]), 1000 B itself; held by a global root
// CHECK-DAG: 9000 B 2 blocks #[[D:[0-9]+]] void* (retainers.cpp:[[@LINE+55]]), 4000 B itself; held by #[[A]]
// CHECK-DAG: 5000 B 1 blocks #{{[0-9]+}} void* (retainers.cpp:[[@LINE+55]]), 5000 B itself; held by #[[D]]
// CHECK-DAG: 13000 B 2 blocks #[[L1:[0-9]+]] void* (retainers.cpp:[[@LINE+63]]), 6000 B itself; unreachable
// CHECK-DAG: 7000 B 1 blocks #{{[0-9]+}} ? (retainers.cpp:[[@LINE+63]]), 7000 B itself; held by #[[L1]]
// CHECK-DAG: 8000 B 1 blocks #{{[0-9]+}} void* (retainers.cpp:[[@LINE+53]]), 8000 B itself; held by a global root
// CHECK: Leak suspects
// CHECK-NEXT: 13000 B 2 blocks #[[L1]] void* (retainers.cpp:[[@LINE+59]]), 6000 B itself; unreachable
// CHECK-NOT: #

// JSON: "snapshot": {
// JSON: "why": "peak",
// JSON: "roots_known": true
// JSON: "top_retainers": [
// JSON: "retained_bytes": 15000,
// JSON-NEXT: "retained_blocks": 5,
// JSON-NEXT: "held_by": "global",
// JSON-NEXT: "dominator": null,
// JSON-NEXT: "depth": 0,
// JSON: "retained_bytes": 9000,
// JSON-NEXT: "retained_blocks": 2,
// JSON-NEXT: "held_by": "block",
// JSON-NEXT: "dominator": {{[0-9]+}},
// JSON-NEXT: "depth": 1,
// JSON: "leak_suspects": [
// JSON: "retained_bytes": 13000,
// JSON-NEXT: "retained_blocks": 2,
// JSON-NEXT: "held_by": "unreachable",
// INFER: Owns ListNode -> ListNode: 2998
// INFER: Owns void* -> ?: 1
// INFER: Owns void* -> void*: 6
// DOT: error: --top-retainers prints text, or JSON with --format json; not dot

// FINAL: Retained sizes in heap snapshot 1 (main-return,
// FINAL-NOT: ListNode
// FINAL: 15000 B 5 blocks
// FINAL: Leak suspects
// FINAL-NEXT: 13000 B 2 blocks

// NONE: warning: '{{.*}}' has no heap snapshot 1000: no retained sizes
// BAD: error: --top-retainers needs a positive number

#include <cstdlib>

struct ListNode {
  ListNode *Next;
  long Value;
};

void **Root;
void *AlsoG;

__attribute__((noinline)) void build() {
  void **A = static_cast<void **>(calloc(1, 1000));
  void **B = static_cast<void **>(calloc(1, 2000));
  void **C = static_cast<void **>(calloc(1, 3000));
  void **D = static_cast<void **>(calloc(1, 4000));
  void **E = static_cast<void **>(calloc(1, 5000));
  void **G = static_cast<void **>(calloc(1, 8000));
  A[0] = B, A[1] = C, A[2] = G;
  B[0] = D, C[0] = D, D[0] = E;
  Root = A;
  AlsoG = G;
}

__attribute__((noinline)) void leak() {
  void **L1 = static_cast<void **>(calloc(1, 6000));
  L1[0] = calloc(1, 7000);
  asm volatile("" ::"r"(L1) : "memory");
}

int main() {
  build();
  leak();
  ListNode *Head = nullptr;
  for (long I = 0; I < 3000; ++I)
    Head = new ListNode{Head, I};
  while (Head) {
    ListNode *Next = Head->Next;
    delete Head;
    Head = Next;
  }
  return 0;
}
