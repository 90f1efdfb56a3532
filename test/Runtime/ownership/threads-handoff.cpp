// ===- test/Runtime/ownership/threads-handoff.cpp - slots that change threads =
//
// The element slots of a container on the heap, filled and emptied by one
// thread (which keeps their table entries for their next use), then filled
// by another: the second thread's edges are the slots' (a cycle made
// through them is found; a use-after-free names the owner that let go).
//
// See also: runtime/memscope_owner_table.cpp (RetireGlobal, ClaimGlobal).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: not %t cycle 2>&1 | FileCheck %s --check-prefix=CYCLE
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: not %t cycle 2>&1 | FileCheck %s --check-prefix=CYCLE
// RUN: not %t uaf 2>&1 | FileCheck %s --check-prefix=UAF

#include <cstring>
#include <memory>
#include <thread>
#include <vector>

struct Node {
  std::shared_ptr<Node> next;
  int v = 0;
};

static std::vector<std::shared_ptr<Node>> Slots(64);

static void fillAndEmpty() {
  for (int Round = 0; Round < 3; ++Round) {
    for (auto &S : Slots)
      S = std::make_shared<Node>();
    for (auto &S : Slots)
      S.reset();
  }
}

static void makeCycle() {
  for (auto &S : Slots)
    S = std::make_shared<Node>();
  Slots[0]->next = Slots[1];
  Slots[1]->next = Slots[0];
  Slots[0].reset();
  Slots[1].reset();
  // CYCLE: ERROR: memscope: cycle leak: 2 object(s) ({{[0-9]+}} bytes) kept alive only by a cycle of shared pointers
  // CYCLE-NEXT: #[[A:[0-9]+]] Node ({{[0-9]+}} bytes) allocated by T2 at {{.*}}threads-handoff.cpp:[[@LINE-6]]:{{[0-9]+}} in makeCycle()
  // CYCLE-NEXT: holds #[[B:[0-9]+]] through 'Node::next' (ArcClone, set at {{.*}}threads-handoff.cpp:[[@LINE-6]]:{{[0-9]+}} in makeCycle())
  // CYCLE-NEXT: #[[B]] Node ({{[0-9]+}} bytes) allocated by T2 at {{.*}}threads-handoff.cpp:[[@LINE-8]]:{{[0-9]+}} in makeCycle()
  // CYCLE-NEXT: holds #[[A]] through 'Node::next' (ArcClone, set at {{.*}}threads-handoff.cpp:[[@LINE-7]]:{{[0-9]+}} in makeCycle())  <- should be a std::weak_ptr
  // CYCLE: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked in 2 allocation(s) in 1 shared-pointer cycle(s).
  // CYCLE-NOT: owner table was full
}

static int useAfterFree() {
  for (auto &S : Slots)
    S = std::make_shared<Node>();
  Node *Raw = Slots[5].get();
  Slots[5].reset();
  return Raw->v;
  // UAF: ERROR: memscope: heap-use-after-free
  // UAF: #0 {{.*}} in useAfterFree() {{.*}}threads-handoff.cpp:[[@LINE-2]]
  // UAF: ownership: its last owner, 'S' in useAfterFree() (shared_ptr made at {{.*}}threads-handoff.cpp:[[@LINE-6]]:{{[0-9]+}} in useAfterFree()), let go of it at {{.*}}threads-handoff.cpp:[[@LINE-4]]:{{[0-9]+}} in useAfterFree()
  // UAF-NEXT: raw pointer obtained via shared_ptr::get() at {{.*}}threads-handoff.cpp:[[@LINE-6]]:{{[0-9]+}} in useAfterFree() from owner 'S' in useAfterFree()
}

int main(int argc, char **argv) {
  std::thread(fillAndEmpty).join();
  if (argc > 1 && !strcmp(argv[1], "cycle")) {
    std::thread(makeCycle).join();
    return 0;
  }
  int R = 0;
  std::thread([&] { R = useAfterFree(); }).join();
  return R;
}
