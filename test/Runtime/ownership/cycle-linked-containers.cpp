// ===- test/Runtime/ownership/cycle-linked-containers.cpp - map, list, set
//
// The nodes of a std::map, std::set or std::list point to each other (a
// tree's parent and children, a list's neighbours), and hold smart
// pointers. When the container object itself lives in a block no smart
// pointer owns (a `new`ed std::map held by a global), its nodes are kept
// alive from outside, not by a cycle: no cycle leak, and the program exits
// cleanly. The same containers inside an object that its elements own
// back do make a cycle, reported through the container's nodes.
//
// See also: runtime/memscope_cycles.cpp (AddContainerEdges),
// test/Runtime/ownership/cycle-container.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && %t 2>&1 | FileCheck %s --check-prefix=HELD --allow-empty
// RUN: %clangxx_memscope -O2 %s -o %t && %t 2>&1 | FileCheck %s --check-prefix=HELD --allow-empty
// RUN: %clangxx_memscope -O0 -DCYCLE %s -o %t && not %t 2>&1 | FileCheck %s --check-prefix=CYCLE
// RUN: %clangxx_memscope -O2 -DCYCLE %s -o %t && not %t 2>&1 | FileCheck %s --check-prefix=CYCLE

// HELD-NOT: cycle leak
// HELD-NOT: ERROR

// CYCLE: ERROR: memscope: cycle leak:
// CYCLE: (Contains)
// CYCLE: <- should be a std::weak_ptr
// CYCLE: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked

#include <list>
#include <map>
#include <memory>
#include <set>

struct Item {
  long A, B;
};

std::map<long, std::unique_ptr<Item>> *Unique;
std::map<long, std::shared_ptr<Item>> *Shared;
std::list<std::shared_ptr<Item>> *List;
std::set<std::shared_ptr<Item>> *Set;

struct Group {
  std::map<long, std::shared_ptr<Group>> Members;
  std::list<std::shared_ptr<Group>> Peers;
};

int main() {
  Unique = new std::map<long, std::unique_ptr<Item>>;
  Shared = new std::map<long, std::shared_ptr<Item>>;
  List = new std::list<std::shared_ptr<Item>>;
  Set = new std::set<std::shared_ptr<Item>>;
  for (long I = 0; I < 64; ++I) {
    (*Unique)[I] = std::make_unique<Item>(Item{I, I});
    auto S = std::make_shared<Item>(Item{I, -I});
    (*Shared)[I] = S;
    List->push_back(S);
    Set->insert(S);
  }
#ifdef CYCLE
  {
    auto A = std::make_shared<Group>(), B = std::make_shared<Group>();
    for (long I = 0; I < 8; ++I)
      A->Members[I] = std::make_shared<Group>();
    A->Members[8] = B;
    B->Peers.push_back(A);
  }
#endif
  return 0;
}
