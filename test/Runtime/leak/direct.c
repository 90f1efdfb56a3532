// ===- test/Runtime/leak/direct.c - a block nothing points to at exit ------===
//
// A direct leak: grouped by allocation stack, with bytes and objects, the
// allocation line, a SUMMARY line, and exit status `exitcode` (1).
//
// See also: runtime/memscope_lsan.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: sh -c 'MEMSCOPE_OPTIONS=exitcode=42 %t >/dev/null 2>&1; test $? -eq 42'

#include <stdlib.h>

// The pointer escapes through a volatile global, so the optimiser cannot
// drop the allocation, and is then lost.
void *volatile Sink;

int main(int argc, char **argv) {
  Sink = malloc(40 + argc - 1); // ALLOC
  Sink = 0;
  return 0;
  // CHECK: ERROR: LeakSanitizer: detected memory leaks
  // CHECK: Direct leak of 40 byte(s) in 1 object(s) allocated from:
  // CHECK: #1 {{.*}} in main {{.*}}direct.c:[[@LINE-5]]
  // CHECK: SUMMARY: memscope: 40 byte(s) leaked in 1 allocation(s).
}
