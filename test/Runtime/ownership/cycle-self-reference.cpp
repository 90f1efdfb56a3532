// ===- test/Runtime/ownership/cycle-self-reference.cpp - elements that ---===//
// ===  point into their own container                                   ===//
//
// An element may keep an iterator to its own list node or the address of
// its own vector slot. That pointer into the container does not own it:
// when the container's object is out of the snapshot (in a `new`ed object
// a raw global points to, or in main's frame that std::exit left
// suspended), the container is kept alive from outside and nothing is a
// cycle. A node whose own member list holds it is one.
//
// See also: runtime/memscope_cycles.cpp (AddContainerEdges), cycle-container.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: %t vector 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t list-exit 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t own-list 2>&1 | FileCheck %s --check-prefix=CYCLE
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: %t vector 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t list-exit 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t own-list 2>&1 | FileCheck %s --check-prefix=CYCLE

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <list>
#include <memory>
#include <vector>

struct Slotted {
  std::shared_ptr<Slotted> *Home; // its own slot in the pool
};
// A pool that lives as long as the program, through a raw pointer.
std::vector<std::shared_ptr<Slotted>> *Pool; // external: the store stays

struct Task {
  int Id;
  std::list<std::shared_ptr<Task>>::iterator Self; // its own node
};

struct Group {
  std::list<std::shared_ptr<Group>> Members;
};

int main(int argc, char **argv) {
  const char *Mode = argc > 1 ? argv[1] : "";
  if (!strcmp(Mode, "vector")) {
    Pool = new std::vector<std::shared_ptr<Slotted>>(4);
    for (auto &Slot : *Pool)
      Slot = std::make_shared<Slotted>(Slotted{&Slot});
    fprintf(stderr, "pool %zu\n", Pool->size());
    return 0;
  }
  if (!strcmp(Mode, "list-exit")) {
    std::list<std::shared_ptr<Task>> Tasks;
    for (int I = 0; I < 5; ++I) {
      Tasks.push_back(std::make_shared<Task>(Task{I, {}}));
      Tasks.back()->Self = std::prev(Tasks.end());
    }
    fprintf(stderr, "tasks %zu\n", Tasks.size());
    std::exit(0); // Tasks stays in main's frame
  }
  auto G = std::make_shared<Group>();
  G->Members.push_back(G); // holds itself through its own list
  fprintf(stderr, "members %zu\n", G->Members.size());
  return 0;
}

// CLEAN-NOT: ERROR: memscope
// CLEAN-NOT: LeakSanitizer
// CYCLE: ERROR: memscope: cycle leak
// CYCLE: Group
