// ===- test/Runtime/ownership/cycle-kinds.cpp - cycles of many shapes
//
// Seven leaked cycles, each a different shape: a doubly linked list with
// strong prev pointers, a tree whose children own their parent (children in
// a std::map), two objects in each other's std::list, an object that stores
// shared_from_this() in its own listener vector, a unique_ptr member whose
// object owns its holder back, a set of shared_ptrs, and two objects whose
// unique_ptr members own each other (a cycle of owning pointers: one must
// stop owning, no weak_ptr applies); plus a tree with weak parent pointers,
// which is no cycle. Each cycle is reported once, at -O0 and -O2, with
// libstdc++ and libc++.
//
// See also: runtime/memscope_ownership.cpp, cycle-shapes.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %if libcxx %{ %clangxx_memscope -stdlib=libc++ -O2 %s -o %t.cxx && not %t.cxx 2>&1 | FileCheck %s %}

#include <list>
#include <map>
#include <memory>
#include <set>
#include <vector>

struct DNode {
  std::shared_ptr<DNode> next, prev;
};
struct TNode {
  std::map<int, std::shared_ptr<TNode>> kids;
  std::shared_ptr<TNode> parent;
};
struct WNode {
  std::vector<std::shared_ptr<WNode>> kids;
  std::weak_ptr<WNode> parent;
};
struct LNode {
  std::list<std::shared_ptr<LNode>> peers;
};
struct Observer : std::enable_shared_from_this<Observer> {
  std::vector<std::shared_ptr<Observer>> listeners;
  void attach() { listeners.push_back(shared_from_this()); }
};
struct Inner;
struct Holder {
  std::unique_ptr<Inner> inner;
};
struct Inner {
  std::shared_ptr<Holder> back;
};
struct SNode {
  std::set<std::shared_ptr<SNode>> links;
};
struct UNode {
  std::unique_ptr<UNode> other;
};

__attribute__((noinline)) static void make() {
  std::shared_ptr<DNode> prev;
  for (int i = 0; i < 4; ++i) {
    auto n = std::make_shared<DNode>();
    if (prev) {
      prev->next = n;
      n->prev = prev;
    }
    prev = n;
  }
  auto root = std::make_shared<TNode>();
  for (int i = 0; i < 3; ++i) {
    auto k = std::make_shared<TNode>();
    k->parent = root;
    root->kids[i] = k;
  }
  auto weakRoot = std::make_shared<WNode>();
  for (int i = 0; i < 3; ++i) {
    weakRoot->kids.push_back(std::make_shared<WNode>());
    weakRoot->kids.back()->parent = weakRoot;
  }
  auto x = std::make_shared<LNode>(), y = std::make_shared<LNode>();
  x->peers.push_back(y);
  y->peers.push_back(x);
  std::make_shared<Observer>()->attach();
  auto h = std::make_shared<Holder>();
  h->inner.reset(new Inner);
  h->inner->back = h;
  auto s = std::make_shared<SNode>(), t = std::make_shared<SNode>();
  s->links.insert(t);
  t->links.insert(s);
  auto u = std::make_unique<UNode>();
  u->other = std::make_unique<UNode>();
  UNode *First = u.get();
  First->other->other = std::move(u);
}

int main() {
  make();
  return 0;
}

// CHECK: 'DNode::prev' {{.*}} <- should be a std::weak_ptr
// CHECK: 'TNode::parent' {{.*}} <- should be a std::weak_ptr
// CHECK: <- should be a std::weak_ptr
// CHECK: <- should be a std::weak_ptr
// CHECK: 'Inner::back' {{.*}} <- should be a std::weak_ptr
// CHECK: <- should be a std::weak_ptr
// CHECK: kept alive only by a cycle of owning pointers
// CHECK: 'UNode::other' {{.*}} <- should not own
// CHECK: Fix: make 'UNode::other' {{.*}} a pointer that does not own
// CHECK-NOT: WNode
// CHECK: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked in {{[0-9]+}} allocation(s) in 7 shared- or owning-pointer cycle(s).
