// ===- test/Runtime/ownership/deep-stack.cpp - owners deep in a recursion --===
//
// A thread keeps its stack slots' edges in a small table of its own; a deep
// recursion whose frames all hold shared pointers overflows it, and the
// rest go to the global table without loss: the use-after-free at the
// bottom still names its last owner and the get() that made the dangling
// pointer, and the objects every frame holds are not mistaken for a cycle.
//
// See also: runtime/memscope_owner_table.h.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s

#include <memory>

struct Node {
  int depth;
  std::shared_ptr<Node> next;
};

__attribute__((noinline)) static int dive(std::shared_ptr<Node> parent,
                                          int depth) {
  auto here = std::make_shared<Node>(Node{depth, parent});
  std::shared_ptr<Node> also = here;
  if (depth > 0)
    return dive(also, depth - 1) + here->depth;
  auto victim = std::make_shared<Node>(Node{-1, nullptr});
  Node *raw = victim.get();
  victim.reset();
  return raw->depth; // BOOM
  // CHECK: ERROR: memscope: heap-use-after-free
  // CHECK: ownership: its last owner, 'victim' in dive({{.*}}) (shared_ptr made at {{.*}}deep-stack.cpp:[[@LINE-5]]:{{[0-9]+}} in dive({{.*}})), let go of it at {{.*}}deep-stack.cpp:[[@LINE-3]]
  // CHECK-NEXT: raw pointer obtained via shared_ptr::get() at {{.*}}deep-stack.cpp:[[@LINE-5]]:{{[0-9]+}} in dive({{.*}}) from owner 'victim' in dive
  // CHECK-NOT: cycle leak
  // CHECK-NOT: owner table was full
}

int main() { return dive(nullptr, 2000) > 0; }
