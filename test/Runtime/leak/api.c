// ===- test/Runtime/leak/api.c - LSan's API and __memscope_leak_check -----===
//
// __lsan_ignore_object and __lsan_disable/__lsan_enable keep blocks out of
// leak reports; __memscope_leak_check() reports leaks now and returns 1
// while the program continues; detect_leaks=0 turns leak checks off.
//
// See also: include/memscope/memscope.h.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -I%memscope_src/include -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=leak_check_at_exit=0 %t 2>&1 | FileCheck %s
// RUN: not %t 2>&1 | FileCheck %s --check-prefixes=CHECK,ATEXIT
// RUN: env MEMSCOPE_OPTIONS=detect_leaks=0 %t 2>&1 | FileCheck %s --check-prefix=OFF
// LSan's tries option runs each check that many times, each reported.
// RUN: env LSAN_OPTIONS=tries=3 MEMSCOPE_OPTIONS=leak_check_at_exit=0 %t 2>&1 | FileCheck %s --check-prefix=TRIES
// Checks the program asks for are in the trace too.
// RUN: env MEMSCOPE_OPTIONS=leak_check_at_exit=0:trace_path=%t.trace %t 2>/dev/null
// RUN: memscope report %t.trace | FileCheck %s --check-prefix=TRACE

#include <memscope/memscope.h>
#include <stdio.h>
#include <stdlib.h>

void *volatile Sink;

int main() {
  Sink = malloc(11);
  __lsan_ignore_object(Sink);
  Sink = 0;
  __lsan_disable();
  Sink = malloc(12);
  Sink = 0;
  __lsan_enable();
  int Before = __memscope_leak_check();
  Sink = malloc(13); // ALLOC
  Sink = 0;
  int After = __memscope_leak_check();
  fprintf(stderr, "before=%d after=%d\n", Before, After);
  return 0;
}
// CHECK-NOT: leak of 11 byte
// CHECK-NOT: leak of 12 byte
// CHECK: Direct leak of 13 byte(s) in 1 object(s) allocated from:
// CHECK: in main {{.*}}api.c:[[@LINE-9]]
// CHECK: before=0 after=1
// ATEXIT: Direct leak of 13 byte(s)
// OFF: before=0 after=0
// TRACE: Leak checks (2)
// TRACE: Leak check #2
// TRACE: Direct leak of 13 byte(s) in 1 object(s) allocated from:
// OFF-NOT: leak of
// TRIES-COUNT-3: SUMMARY: memscope: 13 byte(s) leaked in 1 allocation(s).
// TRIES-NOT: SUMMARY
// TRIES: before=0 after=1
