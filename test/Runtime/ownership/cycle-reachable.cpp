// ===- test/Runtime/ownership/cycle-reachable.cpp - a cycle still in reach ===
//
// A cycle of shared_ptrs that the program can still reach at exit, through
// a global raw pointer into one of its objects or a global weak_ptr it could
// lock(), or from main's variables when exit() is called below main, is no
// leak (as LSan: a root reaches it). The same cycle with the
// global cleared is a cycle leak, whose stale copies on the exiting stack do
// not hide it. A cycle of objects made with `new` leaks their control
// blocks too, counted in its summary as in the leak check's.
//
// See also: runtime/memscope_cycles.cpp (ReportCycleLeaks asks
// LeakedAtExit), cycle-two.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: %t raw 2>&1 | FileCheck %s --check-prefix=REACHED --allow-empty
// RUN: %t weak 2>&1 | FileCheck %s --check-prefix=REACHED --allow-empty
// RUN: not %t gone 2>&1 | FileCheck %s --check-prefix=GONE
// RUN: %t exit 2>&1 | FileCheck %s --check-prefix=EXIT
// RUN: not %t apart 2>&1 | FileCheck %s --check-prefix=APART
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: %t raw 2>&1 | FileCheck %s --check-prefix=REACHED --allow-empty
// RUN: %t weak 2>&1 | FileCheck %s --check-prefix=REACHED --allow-empty
// RUN: not %t gone 2>&1 | FileCheck %s --check-prefix=GONE
// RUN: %t exit 2>&1 | FileCheck %s --check-prefix=EXIT

#include <cstdlib>
#include <cstring>
#include <memory>

struct Node {
  std::shared_ptr<Node> Other;
  long Payload[4];
};

Node *volatile Raw;
std::weak_ptr<Node> Weak;

[[gnu::noinline]] void makeCycle(const char *How) {
  auto A = std::make_shared<Node>();
  auto B = std::make_shared<Node>();
  A->Other = B;
  B->Other = A;
  if (!std::strcmp(How, "raw"))
    Raw = A.get();
  if (!std::strcmp(How, "weak"))
    Weak = B;
  if (!std::strcmp(How, "gone"))
    Raw = A.get();
}

[[gnu::noinline]] void makeCycleApart() {
  std::shared_ptr<Node> A(new Node);
  std::shared_ptr<Node> B(new Node);
  A->Other = B;
  B->Other = A;
}

[[gnu::noinline]] void quit() { std::exit(0); }

int main(int Argc, char **Argv) {
  if (!std::strcmp(Argv[1], "exit")) {
    auto A = std::make_shared<Node>();
    auto B = std::make_shared<Node>();
    A->Other = B;
    B->Other = A;
    quit();
  }
  if (!std::strcmp(Argv[1], "apart"))
    makeCycleApart();
  else
    makeCycle(Argv[1]);
  if (!std::strcmp(Argv[1], "gone"))
    Raw = nullptr;
  return 0;
}

// REACHED-NOT: cycle leak
// REACHED-NOT: ERROR
// GONE: ERROR: memscope: cycle leak: 2 object(s) (128 bytes) kept alive only by a cycle of shared pointers
// GONE: SUMMARY: memscope: 128 byte(s) leaked in 2 allocation(s) in 1 shared-pointer cycle(s).
// EXIT-NOT: cycle leak
// EXIT: 128 byte(s) in 2 allocation(s) still reachable at exit only from the frames exit() left suspended
// EXIT-NOT: cycle leak
// APART: ERROR: memscope: cycle leak: 2 object(s) (96 bytes) kept alive only by a cycle of shared pointers
// APART: With them leak 2 control block(s) ({{[0-9]+}} bytes) allocated apart from their objects
// APART: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked in 4 allocation(s) in 1 shared-pointer cycle(s).
// APART: SUMMARY: memscope: {{[0-9]+}} byte(s) leaked in 4 allocation(s).
