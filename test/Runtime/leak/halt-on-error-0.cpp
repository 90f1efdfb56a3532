// ===- test/Runtime/leak/halt-on-error-0.cpp - report, keep the status ----===
//
// With halt_on_error=0 leaks at exit are reported and the exit status is
// the program's own, as with ASan's recover mode. The leaked container is
// one direct leak (the vector object) and one indirect (its buffer).
//
// See also: runtime/memscope_lsan.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0 %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=halt_on_error=0 %t 2>&1 | FileCheck %s

#include <thread>
#include <vector>

std::vector<int> *volatile Sink;

int main() {
  // Made on a thread that has exited by the check, so no stale copy of the
  // buffer's address is left in main's stack (see indirect.c).
  std::thread([] {
    Sink = new std::vector<int>(100, 7);
    Sink = nullptr;
  }).join();
  return 0;
}
// CHECK-DAG: Direct leak of 24 byte(s) in 1 object(s) allocated from:
// CHECK-DAG: Indirect leak of 400 byte(s) in 1 object(s) allocated from:
// CHECK: SUMMARY: memscope: 424 byte(s) leaked in 2 allocation(s).
