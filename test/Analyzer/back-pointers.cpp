// ===- test/Analyzer/back-pointers.cpp - parent and prev pointers ---------===
//
// Pointers back up a structure are no ownership: a tree's parent pointers
// (raw, beside unique_ptr children or raw ones), a doubly linked list's
// prev pointers. The dominator tree of the heap snapshot tells them: the
// block such a pointer targets dominates the block holding it. Owns edges
// go down only, and the exact unique_ptr edges confirm all of them.
//
// See also: utils/analyzer/Relations.cpp (pointsBack), Retainers.h.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t
// RUN: memscope graph --evaluate %t.dir/*.trace | FileCheck %s --check-prefix=EVAL
// RUN: memscope graph --infer -o %t.json %t.dir/*.trace
// RUN: %python %S/Inputs/inferred.py %t.json | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t
// RUN: memscope graph --evaluate %t.dir/*.trace | FileCheck %s --check-prefix=EVAL
// RUN: memscope graph --infer -o %t.json %t.dir/*.trace
// RUN: %python %S/Inputs/inferred.py %t.json | FileCheck %s

// 30 unique_ptr children, no parent pointer counted against them.
// EVAL: Owns precision 1.000 (30/30 confirmed by an exact edge of the kind)
// EVAL: recall 1.000 (30/30

// CHECK-NOT: DNode -> DNode
// CHECK: Owns DNode -> DNode: 39
// CHECK-NOT: DNode -> DNode
// CHECK-NOT: RNode -> RNode
// CHECK: Owns RNode -> RNode: 30
// CHECK-NOT: RNode -> RNode
// CHECK-NOT: UNode -> UNode
// CHECK: Owns UNode -> UNode: 30
// CHECK-NOT: UNode -> UNode

#include <memory>

struct UNode {
  std::unique_ptr<UNode> Left, Right;
  UNode *Parent = nullptr;
  long Key = 0;
};
struct RNode {
  RNode *Left = nullptr, *Right = nullptr, *Parent = nullptr;
  long Key = 0;
};
struct DNode {
  DNode *Next = nullptr, *Prev = nullptr;
  long Value = 0;
};

std::unique_ptr<UNode> UTree;
RNode *RTree;
DNode *List;

std::unique_ptr<UNode> buildU(int Depth, UNode *Parent) {
  if (!Depth)
    return nullptr;
  auto N = std::make_unique<UNode>();
  N->Parent = Parent;
  N->Left = buildU(Depth - 1, N.get());
  N->Right = buildU(Depth - 1, N.get());
  return N;
}

RNode *buildR(int Depth, RNode *Parent) {
  if (!Depth)
    return nullptr;
  RNode *N = new RNode;
  N->Parent = Parent;
  N->Left = buildR(Depth - 1, N);
  N->Right = buildR(Depth - 1, N);
  return N;
}

__attribute__((noinline)) void buildList() {
  for (long I = 0; I < 40; ++I) {
    DNode *N = new DNode;
    N->Value = I;
    N->Next = List;
    if (List)
      List->Prev = N;
    List = N;
  }
}

int main() {
  UTree = buildU(5, nullptr);
  RTree = buildR(5, nullptr);
  buildList();
  return 0;
}
