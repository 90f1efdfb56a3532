// ===- test/Runtime/ownership/cycle-container.cpp - a cycle through a vector
//
// A parent holds its children in a std::vector<std::shared_ptr<Child>> and
// each child owns its parent back: the cycle runs through the vector's
// buffer, which no smart pointer owns. memscope follows the parent's pointer
// to the buffer (a Contains step) and reports the cycle, suggesting the
// child's back edge for std::weak_ptr.
//
// See also: runtime/memscope_ownership.cpp (AddContainerEdges).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <memory>
#include <vector>

struct Parent;
struct Child {
  std::shared_ptr<Parent> parent;
};
struct Parent {
  std::vector<std::shared_ptr<Child>> children;
};

__attribute__((noinline)) static void family() {
  auto p = std::make_shared<Parent>();
  auto c = std::make_shared<Child>();
  c->parent = p;
  p->children.push_back(c);
  // CHECK: ERROR: memscope: cycle leak: 3 object(s)
  // CHECK-NEXT: #[[P:[0-9]+]] Parent ({{[0-9]+}} bytes) allocated by T0 at {{.*}}cycle-container.cpp:[[@LINE-5]]:{{[0-9]+}} in family()
  // CHECK-NEXT: holds #[[BUF:[0-9]+]] through the container pointer at offset {{[0-9]+}} (Contains)
  // CHECK-NEXT: #[[BUF]] std::shared_ptr<Child>[] ({{[0-9]+}} bytes) allocated by T0 at {{.*}}cycle-container.cpp:[[@LINE-4]]:{{[0-9]+}} in family()
  // CHECK-NEXT: holds #[[C:[0-9]+]] through the shared_ptr at offset 0 (ArcClone, set at {{.*}}cycle-container.cpp:[[@LINE-5]]:{{[0-9]+}} in family())
  // CHECK-NEXT: #[[C]] Child ({{[0-9]+}} bytes) allocated by T0 at {{.*}}cycle-container.cpp:[[@LINE-8]]:{{[0-9]+}} in family()
  // CHECK-NEXT: holds #[[P]] through 'Child::parent' (ArcClone, set at {{.*}}cycle-container.cpp:[[@LINE-8]]:{{[0-9]+}} in family())  <- should be a std::weak_ptr
}

int main() {
  family();
  return 0;
}
