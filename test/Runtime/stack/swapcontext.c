// ===- test/Runtime/stack/swapcontext.c - coroutines on other stacks -------===
//
// Functions with redzoned locals (a VLA) run on stacks of their own through
// makecontext/swapcontext, the same stack memory reused by one context
// after another: no false report (swapcontext clears the new stack's
// shadow, as ASan's does), with the fake stack and without; an overflow of
// a local inside a context is still reported at its line. The first switch
// says, once, what a context loses (as ASan warns).
//
// See also: runtime/memscope_stack_frames.cpp (swapcontext).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: env MEMSCOPE_OPTIONS=detect_stack_use_after_return=0 %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: env MEMSCOPE_OPTIONS=detect_stack_use_after_return=0 not %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=detect_stack_use_after_return=0 %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: env MEMSCOPE_OPTIONS=detect_stack_use_after_return=0 not %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static ucontext_t Main, Task;
static volatile int Index = 16;
static int Overflow;

__attribute__((noinline)) int deep(int Depth) {
  char Buffer[16 + 8 * (Depth % 3)];
  memset(Buffer, Depth, sizeof Buffer);
  if (Overflow && Depth == 0)
    Buffer[Index + 8 * (Depth % 3)] = 1; // OVERFLOW
  return Depth ? deep(Depth - 1) + Buffer[3] : Buffer[5];
}

static void task(void) {
  for (int Round = 0; Round < 3; ++Round) {
    deep(6);
    swapcontext(&Task, &Main);
  }
}

int main(int argc, char **argv) {
  Overflow = argc > 1;
  int Run0 = 0;
  static char SharedStack[1 << 16];
  char *HeapStack = malloc(1 << 16);
  // Main is only ever saved by swapcontext, which leaves its uc_stack as
  // the memory held it: a stale address and size, not a stack to clear.
  Main.uc_stack.ss_sp = &Run0;
  Main.uc_stack.ss_size = (size_t)&Run0;
  for (int Run = Run0; Run < 4; ++Run) {
    getcontext(&Task);
    Task.uc_stack.ss_sp = Run % 2 ? HeapStack : SharedStack;
    Task.uc_stack.ss_size = 1 << 16;
    Task.uc_link = &Main;
    makecontext(&Task, task, 0);
    for (int Round = 0; Round < 4; ++Round)
      swapcontext(&Main, &Task);
  }
  free(HeapStack);
  fprintf(stderr, "done\n");
  return 0;
}

// Said once, at the first switch.
// CLEAN: WARNING: memscope doesn't fully support makecontext/swapcontext functions: a context's stack is taken for its thread's stack only when the program announces the switch
// CLEAN-NOT: WARNING
// CLEAN: done
// CLEAN-NOT: ERROR
// OVERFLOW: ERROR: memscope: dynamic-stack-buffer-overflow
// OVERFLOW: #0 {{.*}} in deep {{.*}}swapcontext.c:[[#@LINE-40]]
