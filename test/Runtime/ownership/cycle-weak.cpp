// ===- test/Runtime/ownership/cycle-weak.cpp - a weak back edge is no cycle ===
//
// A parent owning its children through shared_ptr, each child pointing back
// through std::weak_ptr: weak edges do not keep anything alive, so when the
// parent's variable goes, everything is freed and nothing is reported.
//
// See also: runtime/memscope_ownership.cpp (BuildSnapshot skips weak edges).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && %t 2>&1 | FileCheck %s --allow-empty
// RUN: %clangxx_memscope -O2 %s -o %t && %t 2>&1 | FileCheck %s --allow-empty

#include <memory>
#include <vector>

struct Parent;
struct Child {
  std::weak_ptr<Parent> parent;
};
struct Parent {
  std::vector<std::shared_ptr<Child>> children;
  std::shared_ptr<Child> favourite;
};

int main() {
  auto p = std::make_shared<Parent>();
  for (int i = 0; i < 4; ++i) {
    auto c = std::make_shared<Child>();
    c->parent = p;
    p->children.push_back(c);
  }
  p->favourite = p->children[2];
  return p->children.size() == 4 ? 0 : 1;
  // CHECK-NOT: cycle leak
  // CHECK-NOT: ERROR
}
