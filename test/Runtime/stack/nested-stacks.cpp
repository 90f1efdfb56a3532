// ===- test/Runtime/stack/nested-stacks.cpp - stacks inside a frame's array
//
// A coroutine's stack or the alternate signal stack may be a local array of
// a frame on the thread's own stack. A longjmp or a throw caught on that
// nested stack leaves only frames of the nested stack: the frames below it,
// which the context switch suspended or the signal interrupted, stay alive
// and their locals are not reported (memscope once gave their fake frames
// back). A pointer to a local of a frame that did return on the nested
// stack is still stack-use-after-return. -O0 and -O2.
//
// See also: clean-unwinding.cpp, swapcontext.c,
// runtime/memscope_stack_frames.cpp (CollectionFloor).
// ===----------------------------------------------------------------------===

// RUN: %clangxx_memscope -O0 %s -o %t
// RUN: %t coroutine-jump 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t coroutine-throw 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t altstack-jump 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t coroutine-returned 2>&1 | FileCheck %s --check-prefix=RETURNED
// RUN: %clangxx_memscope -O2 %s -o %t
// RUN: %t coroutine-jump 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t coroutine-throw 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: %t altstack-jump 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t coroutine-returned 2>&1 | FileCheck %s --check-prefix=RETURNED

// CLEAN-NOT: ERROR: memscope
// CLEAN: sum 10
// CLEAN-NOT: ERROR: memscope

// RETURNED: ERROR: memscope: stack-use-after-return
// RETURNED: #0 {{.*}} in main {{.*}}nested-stacks.cpp:[[@LINE+91]]

#include <setjmp.h>
#include <signal.h>
#include <stdexcept>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

static ucontext_t MainContext, Coroutine;
static jmp_buf Env;
static int Mode; // 0: jump, 1: throw, 2: return a local's address
static volatile int *Escaped;

__attribute__((noinline)) static int sum(volatile int *P) {
  return P[0] + P[1] + P[2] + P[3];
}

__attribute__((noinline)) static void leave() {
  if (Mode == 1)
    throw std::runtime_error("caught on the coroutine's stack");
  longjmp(Env, 1);
}

__attribute__((noinline)) static volatile int *localAddress() {
  volatile int Local[4] = {1, 2, 3, 4};
  Escaped = Local;
  return Escaped;
}

static void body() {
  if (Mode == 2) {
    localAddress();
  } else if (Mode == 1) {
    try {
      leave();
    } catch (const std::exception &) {
    }
  } else if (!setjmp(Env)) {
    leave();
  }
  swapcontext(&Coroutine, &MainContext);
}

// Suspended while the coroutine jumps or throws.
__attribute__((noinline)) static int driver() {
  volatile int Mine[4] = {1, 2, 3, 4};
  sum(Mine);
  swapcontext(&MainContext, &Coroutine);
  return sum(Mine);
}

static void onSignal(int) {
  jmp_buf Local;
  if (!setjmp(Local))
    longjmp(Local, 1);
}

// Interrupted by a signal whose handler jumps on the alternate stack.
__attribute__((noinline)) static int interrupted() {
  volatile int Mine[4] = {1, 2, 3, 4};
  sum(Mine);
  raise(SIGUSR1);
  return sum(Mine);
}

int main(int Argc, char **Argv) {
  const char *M = Argc > 1 ? Argv[1] : "";
  char Stack[128 * 1024]; // over 64 KiB: this frame is on the real stack
  if (!strcmp(M, "altstack-jump")) {
    stack_t Alt = {};
    Alt.ss_sp = Stack;
    Alt.ss_size = sizeof Stack;
    sigaltstack(&Alt, nullptr);
    struct sigaction Action = {};
    Action.sa_handler = onSignal;
    Action.sa_flags = SA_ONSTACK;
    sigaction(SIGUSR1, &Action, nullptr);
    printf("sum %d\n", interrupted());
    Alt.ss_flags = SS_DISABLE;
    sigaltstack(&Alt, nullptr);
    return 0;
  }
  Mode = !strcmp(M, "coroutine-throw") ? 1 : !strcmp(M, "coroutine-returned") ? 2 : 0;
  getcontext(&Coroutine);
  Coroutine.uc_stack.ss_sp = Stack;
  Coroutine.uc_stack.ss_size = sizeof Stack;
  Coroutine.uc_link = &MainContext;
  makecontext(&Coroutine, body, 0);
  printf("sum %d\n", driver());
  if (Mode == 2)
    printf("%d\n", Escaped[1]);
  return 0;
}
