// ===- test/Runtime/ownership/cycle-shapes.cpp - a ring of three and a self cycle
//
// A ring of three objects and an object that owns itself are each one cycle
// leak; the ring's path lists all three members in order, and the edge
// suggested for std::weak_ptr closes the ring back to its oldest member. An
// object that only hangs off the ring is counted as kept alive by it.
//
// See also: runtime/memscope_ownership.cpp (CyclePath), cycle-two.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <memory>

struct Node {
  std::shared_ptr<Node> next;
  std::shared_ptr<int> payload;
};

__attribute__((noinline)) static void ring() {
  std::shared_ptr<Node> n[3];
  for (auto &p : n)
    p = std::make_shared<Node>();
  for (int i = 0; i < 3; ++i)
    n[i]->next = n[(i + 1) % 3];
  n[1]->payload = std::make_shared<int>(42);
  // CHECK: ERROR: memscope: cycle leak: 3 object(s) ({{[0-9]+}} bytes) kept alive only by a cycle of shared pointers
  // CHECK-NEXT: #[[N0:[0-9]+]] Node ({{[0-9]+}} bytes) allocated by T0 at {{.*}}cycle-shapes.cpp:[[@LINE-5]]:{{[0-9]+}} in ring()
  // CHECK-NEXT: holds #[[N1:[0-9]+]] through 'Node::next' (ArcClone, set at {{.*}}cycle-shapes.cpp:[[@LINE-4]]:{{[0-9]+}} in ring())
  // CHECK-NEXT: #[[N1]] Node
  // CHECK-NEXT: holds #[[N2:[0-9]+]] through 'Node::next'
  // CHECK-NEXT: #[[N2]] Node
  // CHECK-NEXT: holds #[[N0]] through 'Node::next' (ArcClone, set at {{.*}}cycle-shapes.cpp:[[@LINE-8]]:{{[0-9]+}} in ring())  <- should be a std::weak_ptr
  // CHECK-NEXT: Fix: make 'Node::next' {{.*}} a std::weak_ptr: it points from #[[N2]] back to #[[N0]]
  // CHECK-NEXT: The cycle also keeps alive 1 more object(s) ({{[0-9]+}} bytes): #{{[0-9]+}}
}

struct Self {
  std::shared_ptr<Self> me;
};

__attribute__((noinline)) static void self() {
  auto s = std::make_shared<Self>();
  s->me = s;
  // CHECK: ERROR: memscope: cycle leak: 1 object(s) ({{[0-9]+}} bytes) kept alive only by a cycle of shared pointers
  // CHECK-NEXT: #[[S:[0-9]+]] Self ({{[0-9]+}} bytes) allocated by T0 at {{.*}}cycle-shapes.cpp:[[@LINE-3]]:{{[0-9]+}} in self()
  // CHECK-NEXT: holds #[[S]] through 'Self::me' (ArcClone, set at {{.*}}cycle-shapes.cpp:[[@LINE-3]]:{{[0-9]+}} in self())  <- should be a std::weak_ptr
  // CHECK-NEXT: Fix: make 'Self::me' {{.*}} a std::weak_ptr: it points from #[[S]] back to #[[S]], which was allocated as the same object.
  // CHECK: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked in 5 allocation(s) in 2 shared-pointer cycle(s).
}

int main() {
  ring();
  self();
  return 0;
}
