// ===- test/Runtime/trace/fork.c - a forked child keeps working -----------===
//
// fork() from a threaded program: the child never inherits a lock another
// thread held (the allocator, stack depot, thread table and trace writer are
// locked across fork), allocates, reports its own errors, and writes its
// own trace, <trace_path>.<pid>, while the parent's trace stays whole.
//
// See also: runtime/memscope_rtl.cpp (BeforeFork/AfterFork*).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O1 %s -o %t
// RUN: rm -f %t.trace %t.trace.*
// RUN: env MEMSCOPE_OPTIONS=trace_path=%t.trace %t 2>&1 | FileCheck %s
// RUN: memscope report %t.trace | FileCheck %s --check-prefix=PARENT
// RUN: ls %t.trace.* | count 20
// RUN: sh -c 'for f in %t.trace.*; do memscope report $f; done' | FileCheck %s --check-prefix=CHILD

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

void *volatile Sink;
volatile int Stop;

static void *churn(void *Arg) {
  while (!Stop) {
    Sink = malloc(64);
    free(Sink);
  }
  return 0;
}

int main() {
  pthread_t T;
  pthread_create(&T, 0, churn, 0);
  for (int I = 0; I < 20; ++I) {
    pid_t Child = fork();
    if (Child == 0) {
      for (int J = 0; J < 1000; ++J)
        free(malloc(J));
      if (I == 19) {
        char *P = malloc(8);
        free(P);
        return P[1]; // The last child reports a use-after-free.
      }
      _exit(0);
    }
    int Status;
    waitpid(Child, &Status, 0);
  }
  Stop = 1;
  pthread_join(T, 0);
  fprintf(stderr, "parent done\n");
  return 0;
}
// CHECK: ERROR: memscope: heap-use-after-free
// CHECK: parent done
// PARENT: finished
// PARENT: == Errors (0) ==
// CHILD: ERROR: heap-use-after-free
