// ===- test/Analyzer/relations.cpp - relations inferred from the heap -----===
//
// A program of known structure: a shared_ptr list (make_shared), a
// unique_ptr tree, a raw list, a vector of records held through a heap
// object, views into a buffer, and integers that look like heap addresses.
// The heap snapshot taken when main returns (HeapRefs records) must give
// exactly those relations: Owns along every list and tree link, confirmed
// by the exact edges (precision and recall 1 on the smart-pointer parts),
// Contains for the vector's storage, a Slice with its length per view, and
// nothing from the integers or from freed blocks.
//
// See also: utils/analyzer/Relations.h, runtime/memscope_trace.cpp
// (WriteHeapRefs), docs/Analyzer.md.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t
// RUN: memscope graph --evaluate %t.dir/*.trace | FileCheck %s --check-prefix=EVAL
// RUN: memscope graph --kind Contains,Slice %t.dir/*.trace | FileCheck %s --check-prefix=JSON
// RUN: memscope graph --infer --kind Owns --min-confidence 0.5 %t.dir/*.trace | FileCheck %s --check-prefix=OWNS
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir %t
// RUN: memscope graph --evaluate %t.dir/*.trace | FileCheck %s --check-prefix=EVAL
// RUN: memscope graph --kind Contains,Slice %t.dir/*.trace | FileCheck %s --check-prefix=JSON
// Without a snapshot there is nothing to infer, and memscope says so.
// RUN: rm -rf %t.dir && env MEMSCOPE_OPTIONS=trace_dir=%t.dir:snapshot_refs=0 %t
// RUN: memscope graph --evaluate %t.dir/*.trace 2>&1 | FileCheck %s --check-prefix=NONE
// RUN: not memscope graph --kind Borrows %t.dir/*.trace 2>&1 | FileCheck %s --check-prefix=BADKIND
// RUN: not memscope graph --min-confidence 2 %t.dir/*.trace 2>&1 | FileCheck %s --check-prefix=BADCONF

// 49 shared_ptr links + 62 unique_ptr links (a tree of 63 nodes).
// EVAL: among the 80 block(s) of the heap snapshot that hold an exact edge:
// EVAL-NEXT: Owns precision 1.000 (111/111 confirmed by an exact edge of the kind)
// EVAL-NEXT: Contains 1 inferred: nothing to measure against
// EVAL-NEXT: Slice {{[4-9]}} inferred: nothing to measure against
// EVAL-NEXT: Shares precision n/a (0/0
// EVAL-NEXT: Clone 0 inferred: nothing to measure against
// EVAL-NEXT: Evolution 0 inferred: exact
// EVAL-NEXT: recall 1.000 (111/111 exact heap-to-heap edges inferred)

// JSON: "inferred_edges": [
// JSON-NOT: "kind":"Owns"
// JSON: "kind":"Contains","confidence":0.9,"offset":0,"target_offset":0,"length":1600,
// JSON-COUNT-4: "kind":"Slice",
// JSON-NOT: "kind":"Slice",
// JSON-NOT: "kind":"Owns"

// The raw list's 49 links are Owns too, from blocks no exact edge covers.
// OWNS-COUNT-160: "kind":"Owns",

// NONE: warning: '{{.*}}' has no heap snapshot: nothing to infer
// BADKIND: error: --kind needs Owns, Contains, Slice, Shares, Clone or Evolution, got 'Borrows'
// BADCONF: error: --min-confidence needs a number from 0 to 1

#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

struct SNode {
  std::shared_ptr<SNode> Next;
  long Value;
};
struct UNode {
  std::unique_ptr<UNode> Left, Right;
  long Key;
};
struct RawNode {
  RawNode *Next;
  long Value;
};
struct Record {
  long Id;
  double Score;
};
struct View {
  const char *Data;
  size_t Length;
};

std::shared_ptr<SNode> SharedList;
std::unique_ptr<UNode> Tree;
RawNode *RawList;
std::vector<Record> *Records;
View *Views;
char *Buffer;
long *Numbers;

std::unique_ptr<UNode> build(int Depth, long Key) {
  if (!Depth)
    return nullptr;
  auto N = std::make_unique<UNode>();
  N->Key = Key;
  N->Left = build(Depth - 1, Key * 2);
  N->Right = build(Depth - 1, Key * 2 + 1);
  return N;
}

int main() {
  for (int I = 0; I < 50; ++I) {
    auto N = std::make_shared<SNode>();
    N->Next = SharedList;
    N->Value = I;
    SharedList = N;
  }
  Tree = build(6, 1);
  for (int I = 0; I < 50; ++I)
    RawList = new RawNode{RawList, I};
  Records = new std::vector<Record>(100);
  Buffer = static_cast<char *>(malloc(256));
  memset(Buffer, 'x', 256);
  Views = new View[4];
  for (int I = 0; I < 4; ++I)
    Views[I] = {Buffer + 16 * (I + 1), 16};
  // Pointers to freed blocks and integers shaped like heap addresses.
  Numbers = static_cast<long *>(malloc(64 * sizeof(long)));
  for (int I = 0; I < 32; ++I)
    Numbers[I] = 0x600000000000L + I * 4096;
  for (int I = 32; I < 64; ++I) {
    void *Gone = malloc(24);
    Numbers[I] = reinterpret_cast<long>(Gone);
    free(Gone);
  }
  return 0;
}
