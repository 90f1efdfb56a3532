// ===- test/Runtime/passport/uaf-history.c - the passport in a UAF report ===
//
// A use-after-free report ends its heap description with the allocation's
// passport: its id, its size, and its life in order (allocated by whom and
// where, then freed by whom and where), each place the first frame outside
// memscope's runtime.
//
// See also: runtime/memscope_report.cpp (PrintPassportLine).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  int *p = malloc(40 + argc - 1); // ALLOC
  p[2] = argc;
  free(p); // FREE
  return p[argc + 1]; // BOOM
  // CHECK: ERROR: memscope: heap-use-after-free on address
  // CHECK: #0 {{.*}} in main {{.*}}uaf-history.c:[[@LINE-2]]
  // CHECK: freed by thread T0 here:
  // CHECK: previously allocated by thread T0 here:
  // CHECK: passport #[[ID:[0-9]+]] (int, 40 bytes): allocated by T0 at {{.*}}uaf-history.c:[[@LINE-8]]:{{[0-9]+}} in main → freed by T0 at {{.*}}uaf-history.c:[[@LINE-6]]:{{[0-9]+}} in main
  // CHECK: SUMMARY: memscope: heap-use-after-free
}
