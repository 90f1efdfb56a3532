// ===- test/Runtime/leak/register-copies.cpp - stale values in registers --===//
//
// A vector of raw pointers, relocated as it grows, is destroyed without
// deleting what it holds: every block leaks. The last relocation's data may
// still sit in vector registers at exit (glibc's memmove uses ymm16-31 on
// AVX-512 machines, which nothing clears after it), which the leak check
// scans as roots: LSan reports one leak of five there. memscope clears the
// exiting thread's vector registers (caller-saved: they hold no value of
// the program's across the call) before the check, and reports all five.
// -O0 and -O2.
//
// See also: runtime/memscope_lsan.cpp (ForgetVectorRegisters).
// ===----------------------------------------------------------------------===//

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s

#include <cstdio>
#include <vector>

int main() {
  std::vector<int *> Values;
  for (int I = 0; I < 5; ++I)
    Values.push_back(new int(I)); // LEAK
  std::fprintf(stderr, "built %zu\n", Values.size());
  return 0;
}

// CHECK: built 5
// CHECK: ERROR: LeakSanitizer: detected memory leaks
// CHECK: Direct leak of 20 byte(s) in 5 object(s) allocated from:
// CHECK: #1 {{.*}} in main {{.*}}register-copies.cpp:[[#@LINE-8]]
// CHECK: SUMMARY: memscope: 20 byte(s) leaked in 5 allocation(s).
