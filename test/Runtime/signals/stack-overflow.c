// ===- test/Runtime/signals/stack-overflow.c - unbounded recursion --------===
//
// Recursion that exhausts the stack faults in the guard page; the handler
// runs on an alternate signal stack (the runtime gives every thread one, as
// ASan does) and reports a stack-overflow with the recursing frames, in
// the main thread and in another thread alike.
//
// See also: runtime/memscope_thread.cpp (StartThread), docs/Reports.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 -pthread %s -o %t
// RUN: not %t 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: not %t thread 2>&1 | FileCheck %s --check-prefixes=CHECK,THREAD
// RUN: %clang_memscope -O2 -pthread %s -o %t
// RUN: not %t 2>&1 | FileCheck %s --check-prefixes=CHECK,MAIN
// RUN: not %t thread 2>&1 | FileCheck %s --check-prefixes=CHECK,THREAD

#include <pthread.h>
#include <stdio.h>
#include <string.h>

volatile int Sink;

__attribute__((noinline)) int descend(int Depth) {
  volatile char Frame[64];
  Frame[Depth % 64] = (char)Depth;
  return descend(Depth + 1) + Frame[0];
}

void *start(void *Arg) {
  Sink = descend(0);
  return Arg;
}

int main(int argc, char **argv) {
  if (argc > 1 && !strcmp(argv[1], "thread")) {
    pthread_t T;
    pthread_create(&T, NULL, start, NULL);
    pthread_join(T, NULL);
  } else {
    start(NULL);
  }
  return 0;
}

// CHECK: ERROR: memscope: stack-overflow on address
// MAIN-SAME: T0)
// THREAD-SAME: T1)
// The fault may come in the runtime entry a frame calls first.
// CHECK: #{{[0-9]}} {{.*}} in descend {{.*}}stack-overflow.c:{{2[4-7]}}
// CHECK: SUMMARY: memscope: stack-overflow
