// ===- test/Runtime/ownership/compiler-written.cpp - implicit members ----===
//
// A class's implicit destructor, copy constructor and assignment are code
// the compiler wrote at the class's line, which names no statement: the
// smart pointers they copy and destroy are told at the program's statement
// that called them (the delete, the by-value call, the assignment), as
// events inside a library's code are. The owner is still named by its
// member, unless the member's name is the library's own (std::tuple's
// _M_head_impl, which also holds what is moved into a std::thread).
//
// See also: pass/Ownership.cpp (compilerWritten), clone-storm.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: not %t delete 2>&1 | FileCheck %s --check-prefix=DELETE
// RUN: not %t assign 2>&1 | FileCheck %s --check-prefix=ASSIGN
// RUN: %t copies 2>&1 | FileCheck %s --check-prefix=COPIES
// RUN: not %t tuple 2>&1 | FileCheck %s --check-prefix=TUPLE
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: not %t delete 2>&1 | FileCheck %s --check-prefix=DELETE
// RUN: not %t assign 2>&1 | FileCheck %s --check-prefix=ASSIGN
// RUN: %t copies 2>&1 | FileCheck %s --check-prefix=COPIES

#include <cstring>
#include <memory>
#include <tuple>

struct Node {
  int Value;
};

struct Holder {
  std::shared_ptr<Node> Shared;
  int Tag;
};

int *volatile Raw;

[[gnu::noinline]] int weigh(Holder H) { return H.Tag + H.Shared->Value; }

int main(int Argc, char **Argv) {
  if (!std::strcmp(Argv[1], "delete")) {
    Holder *H = new Holder{std::make_shared<Node>(), 1};
    Raw = &H->Shared.get()->Value;
    delete H;
    // DELETE: ERROR: memscope: heap-use-after-free
    // DELETE: ownership: its last owner, 'Holder::Shared' {{.*}}, let go of it at {{.*}}compiler-written.cpp:[[@LINE-2]]:{{[0-9]+}} in main
    // DELETE: raw pointer obtained via shared_ptr::get() at {{.*}}compiler-written.cpp:[[@LINE-4]]
    return *Raw;
  }
  if (!std::strcmp(Argv[1], "assign")) {
    Holder A{std::make_shared<Node>(), 1};
    Raw = &A.Shared.get()->Value;
    A = Holder{};
    // ASSIGN: ERROR: memscope: heap-use-after-free
    // ASSIGN: ownership: its last owner, 'Holder::Shared' {{.*}}, let go of it at {{.*}}compiler-written.cpp:[[@LINE-2]]:{{[0-9]+}} in main
    return *Raw;
  }
  if (!std::strcmp(Argv[1], "copies")) {
    Holder A{std::make_shared<Node>(), 1};
    int Sum = 0;
    for (int I = 0; I < 200000; ++I)
      Sum += weigh(A);
    // COPIES: clone storm: 200000 shared-pointer copies at {{.*}}compiler-written.cpp:[[@LINE-1]]:{{[0-9]+}} in main
    return Sum == 7;
  }
  if (!std::strcmp(Argv[1], "tuple")) {
    auto *Kept = new std::tuple<std::shared_ptr<Node>, int>(
        std::make_shared<Node>(), 2);
    Raw = &std::get<0>(*Kept).get()->Value;
    delete Kept;
    // TUPLE: ERROR: memscope: heap-use-after-free
    // TUPLE-NOT: _M_head_impl
    // TUPLE: ownership: its last owner, an unnamed shared_ptr
    return *Raw;
  }
  return 0;
}
