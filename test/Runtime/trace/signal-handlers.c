// ===- test/Runtime/trace/signal-handlers.c - the program keeps its signals
//
// While recording, memscope's handler sits where the program left a fatal
// signal's default action, and the program cannot tell: sigaction() and
// signal() report SIG_DFL there, setting SIG_DFL keeps memscope's handler
// (so the trace still gets its tail, also where the program restores the
// default of a signal it found ignored), and a handler of the program's own
// replaces it and runs. The output is the same recorded and not.
//
// See also: runtime/memscope_termination.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O1 %s -o %t
// RUN: rm -rf %t.dir && mkdir %t.dir && cd %t.dir
// RUN: not --crash %t > plain.out
// RUN: env MEMSCOPE_OPTIONS=trace_path=x.trace not --crash %t > recorded.out
// RUN: diff plain.out recorded.out
// RUN: FileCheck %s < recorded.out
// RUN: memscope report x.trace | FileCheck %s --check-prefix=TRACE

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void onUsr1(int Signal) { printf("the program's handler ran\n"); }

void *volatile Sink;

int main(void) {
  struct sigaction Old;
  sigaction(SIGTERM, NULL, &Old);
  printf("SIGTERM at its default: %d\n", Old.sa_handler == SIG_DFL);
  signal(SIGINT, SIG_DFL); // a test runner may have it ignored
  printf("SIGINT at its default: %d\n", signal(SIGINT, SIG_DFL) == SIG_DFL);
  sigaction(SIGHUP, NULL, &Old);
  printf("SIGHUP at its default: %d\n", Old.sa_handler == SIG_DFL);

  signal(SIGUSR1, onUsr1);
  raise(SIGUSR1);
  sigaction(SIGUSR1, NULL, &Old);
  printf("SIGUSR1 is the program's: %d\n", Old.sa_handler == onUsr1);

  for (int I = 0; I < 7; ++I)
    Sink = malloc(1000 + I); // the last events before the signal
  fflush(stdout);
  raise(SIGINT);
  return 0;
}
// CHECK: SIGTERM at its default: 1
// CHECK-NEXT: SIGINT at its default: 1
// CHECK-NEXT: SIGHUP at its default: 1
// CHECK-NEXT: the program's handler ran
// CHECK-NEXT: SIGUSR1 is the program's: 1
// TRACE: finished {{.*}}after start
// TRACE: 7021 byte(s) in 7 allocation(s) in main {{.*}}signal-handlers.c:[[@LINE-11]]
