// ===- test/Runtime/passport/double-free-thread.cpp - who freed it first ---===
//
// The passport line of a double free names the thread that freed the block
// first and where, next to where it was allocated.
//
// See also: runtime/memscope_report.cpp (PrintPassportLine).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <thread>

struct Widget {
  long Parts[3];
};

// Work after the delete keeps it from being a tail call at -O2, which would
// leave no frame of the lambda for any unwinder to find.
volatile int Deleted;

int main() {
  Widget *W = new Widget(); // ALLOC
  std::thread T([W] { delete W; Deleted = 1; }); // FREE
  T.join();
  delete W; // BOOM
  // CHECK: ERROR: memscope: attempting double-free on
  // CHECK: passport #{{[0-9]+}} (Widget, 24 bytes): allocated by T0 at {{.*}}double-free-thread.cpp:[[@LINE-5]]:{{[0-9]+}} in main → freed by T1 at {{.*}}double-free-thread.cpp:[[@LINE-4]]:{{[0-9]+}} in
  // CHECK: SUMMARY: memscope: double-free {{.*}}double-free-thread.cpp:[[@LINE-3]]
}
