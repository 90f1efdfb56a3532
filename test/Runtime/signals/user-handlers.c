// ===- test/Runtime/signals/user-handlers.c - the program's own handlers --===//
//
// A program may install its own handler for a signal memscope reports:
// with handle_segv=1 (the default) or 0 the program's handler runs. With
// handle_segv=2, or allow_user_segv_handler=0, memscope keeps its handler,
// as ASan does: sigaction and signal answer as if they had succeeded, and
// the fault is reported. The same holds for every handle_* option
// (handle_sigfpe=2 here, through signal()).
//
// See also: runtime/memscope_termination.cpp (the sigaction interceptor).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t segv 2>&1 | FileCheck %s --check-prefix=USER
// RUN: env MEMSCOPE_OPTIONS=handle_segv=0 not %t segv 2>&1 | FileCheck %s --check-prefix=USER
// RUN: env MEMSCOPE_OPTIONS=handle_segv=2 not %t segv 2>&1 | FileCheck %s --check-prefix=KEPT --implicit-check-not='user handler'
// RUN: env ASAN_OPTIONS=allow_user_segv_handler=0 not %t segv 2>&1 | FileCheck %s --check-prefix=KEPT --implicit-check-not='user handler'
// RUN: env MEMSCOPE_OPTIONS=handle_sigfpe=2 not %t fpe 2>&1 | FileCheck %s --check-prefix=FPE --implicit-check-not='user handler'
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=handle_segv=2 not %t segv 2>&1 | FileCheck %s --check-prefix=KEPT --implicit-check-not='user handler'

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void OnSignal(int Signal) {
  static const char Message[] = "user handler\n";
  write(2, Message, sizeof(Message) - 1);
  _exit(7);
}

int main(int argc, char **argv) {
  if (!strcmp(argv[1], "fpe")) {
    signal(SIGFPE, OnSignal);
    raise(SIGFPE);
    return 0;
  }
  struct sigaction Action = {0}, Old;
  Action.sa_handler = OnSignal;
  fprintf(stderr, "installed: %d\n", sigaction(SIGSEGV, &Action, &Old));
  return *(volatile int *)(argc - 2);
}

// USER: installed: 0
// USER-NEXT: user handler

// KEPT: installed: 0
// KEPT-NEXT: memscope:DEADLYSIGNAL
// KEPT: ERROR: memscope: SEGV on unknown address

// FPE: ERROR: memscope: FPE on unknown address
