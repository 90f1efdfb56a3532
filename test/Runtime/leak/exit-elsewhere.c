// ===- test/Runtime/leak/exit-elsewhere.c - roots when main is gone -------===
//
// Returning from main kills its frames, but not the process's arguments
// and environment at the top of the main thread's stack: a block whose
// pointer the program stored into argv or envp (as setproctitle-style code
// does) is reachable, as LSan finds it. exit() called on another stack (a
// makecontext coroutine's, a signal handler's alternate stack) leaves the
// thread's own frames suspended somewhere memscope cannot tell: all of
// that stack counts, as for LSan, and main's block is still reachable
// (listed apart). A real leak beside a pointer in argv or envp is still
// reported. (Stale pointers on a whole stack may hide a leak there, as
// from LSan: no leak is asserted after such an exit.)
//
// See also: runtime/memscope_lsan.cpp (GetThreadRangesLocked,
// SuspendedFrames), exit-frames.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %t argv 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: %t envp 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: %t coroutine 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: %t altstack 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: not %t argv leak 2>&1 | FileCheck %s --check-prefix=LEAK
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %t argv 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: %t envp 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: %t coroutine 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: %t altstack 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: not %t envp leak 2>&1 | FileCheck %s --check-prefix=LEAK

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

void *volatile Sink;
static int Leak;
static ucontext_t MainContext, Coroutine;

// Allocates what only Argv or Envp will hold, and with "leak" a block
// nothing holds.
__attribute__((noinline)) static void store(char **Slot) {
  char *Copy = malloc(40);
  strcpy(Copy, "rewritten");
  *Slot = Copy;
  if (Leak)
    Sink = malloc(24);
  Sink = 0;
}

__attribute__((noinline)) static void leave(void) {
  printf("clean\n");
  fflush(stdout);
  exit(0);
}

static void onSignal(int Signal) { leave(); }

int main(int Argc, char **Argv, char **Envp) {
  Leak = Argc > 2;
  if (!strcmp(Argv[1], "argv"))
    store(&Argv[1]);
  if (!strcmp(Argv[1], "envp"))
    store(&Envp[0]);
  char *volatile Kept = malloc(32); // only this frame holds it
  Kept[0] = 1;
  if (!strcmp(Argv[1], "coroutine")) {
    size_t Size = 256 * 1024;
    getcontext(&Coroutine);
    Coroutine.uc_stack.ss_sp = malloc(Size);
    Coroutine.uc_stack.ss_size = Size;
    Coroutine.uc_link = &MainContext;
    makecontext(&Coroutine, leave, 0);
    swapcontext(&MainContext, &Coroutine);
  }
  if (!strcmp(Argv[1], "altstack")) {
    stack_t Alternate = {.ss_sp = malloc(SIGSTKSZ * 4), .ss_size = SIGSTKSZ * 4};
    sigaltstack(&Alternate, 0);
    struct sigaction Action = {.sa_handler = onSignal, .sa_flags = SA_ONSTACK};
    sigaction(SIGUSR1, &Action, 0);
    raise(SIGUSR1);
  }
  free(Kept);
  printf("clean\n");
  return 0;
}

// CLEAN: clean
// LEAK: ERROR: LeakSanitizer: detected memory leaks
// LEAK: Direct leak of 24 byte(s) in 1 object(s) allocated from:
// LEAK: SUMMARY: memscope: 24 byte(s) leaked in 1 allocation(s).
