// ===- test/Runtime/leak/leak-only.cpp - what the leak-only build finds ---===
//
// -fsanitize=memscope-leak keeps leak detection whole: a direct leak and a
// shared_ptr cycle reported at exit with their lines, and a double free
// (with the line of the second free). It checks no accesses: a heap
// overflow passes unreported (the full build's job), and the program runs
// on.
//
// See also: test/Driver/leak-only.c, docs/Drivers.md.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope_leak -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope_leak -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: not %t double 2>&1 | FileCheck %s --check-prefix=DOUBLE
// RUN: %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

struct Node {
  std::shared_ptr<Node> Next;
};

char *volatile Sink;

int main(int Argc, char **Argv) {
  if (Argc > 1 && !strcmp(Argv[1], "double")) {
    char *P = static_cast<char *>(malloc(10));
    free(P);
    free(P); // the second free
    return 0;
  }
  if (Argc > 1 && !strcmp(Argv[1], "overflow")) {
    char *P = static_cast<char *>(malloc(10));
    Sink = P;
    Sink[12] = 1;
    free(P);
    fprintf(stderr, "overflow not checked\n");
    return 0;
  }
  Sink = static_cast<char *>(malloc(33)); // the leak
  Sink = nullptr;
  auto A = std::make_shared<Node>();
  auto B = std::make_shared<Node>();
  A->Next = B;
  B->Next = A; // the cycle's back edge
  return 0;
}

// CHECK: ERROR: memscope: cycle leak: 2 object(s) (64 bytes) kept alive only by a cycle of shared pointers
// CHECK: Fix: make 'Node::Next' (set at {{.*}}leak-only.cpp:[[#@LINE-5]]:{{[0-9]+}} in main) a std::weak_ptr
// CHECK: ERROR: LeakSanitizer: detected memory leaks
// CHECK: Direct leak of 33 byte(s) in 1 object(s) allocated from:
// CHECK: in main {{.*}}leak-only.cpp:[[#@LINE-13]]

// DOUBLE: ERROR: memscope: attempting double-free on {{.*}} in thread T0:
// DOUBLE-NEXT: #0 {{.*}} in free
// DOUBLE-NEXT: #1 {{.*}} in main {{.*}}leak-only.cpp:[[#@LINE-28]]

// OVERFLOW-NOT: ERROR
// OVERFLOW: overflow not checked
