// ===- test/Runtime/stack/fibers.c - the fiber switching annotations ------===//
//
// A program that announces its stack switches as ASan asks
// (__sanitizer_start_switch_fiber / __sanitizer_finish_switch_fiber) runs
// its fibers cleanly, gets the previous stack's bounds back, and an
// overflow of a local on a fiber's stack is reported with the fiber's frames
// (the stack bounds follow the fiber) and the variable it overflows.
//
// See also: runtime/memscope_stack_frames.cpp.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %t 2>&1 | FileCheck %s --check-prefix=CLEAN
// RUN: not %t overflow 2>&1 | FileCheck %s --check-prefix=OVERFLOW

#include <sanitizer/common_interface_defs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

enum { kStackSize = 1 << 16 };
static ucontext_t MainContext, FiberContext;
static char *FiberStack;
static volatile int Index;
static const void *FromBottom;
static size_t FromSize;

__attribute__((noinline)) static int inner(int N) {
  char Local[16];
  memset(Local, N, sizeof Local);
  Local[Index] = 1; // OVERFLOW
  return Local[3];
}

__attribute__((noinline)) static int middle(int N) { return inner(N) + 1; }

static void fiber(void) {
  const void *MainBottom;
  size_t MainSize;
  __sanitizer_finish_switch_fiber(NULL, &MainBottom, &MainSize);
  int Sum = 0;
  for (int I = 0; I < 3; ++I)
    Sum += middle(I);
  fprintf(stderr, "fiber %d\n", Sum);
  __sanitizer_start_switch_fiber(NULL, MainBottom, MainSize);
  swapcontext(&FiberContext, &MainContext);
}

int main(int argc, char **argv) {
  Index = argc > 1 ? 16 : 15;
  FiberStack = malloc(kStackSize);
  getcontext(&FiberContext);
  FiberContext.uc_stack.ss_sp = FiberStack;
  FiberContext.uc_stack.ss_size = kStackSize;
  FiberContext.uc_link = &MainContext;
  makecontext(&FiberContext, fiber, 0);
  void *Saved;
  __sanitizer_start_switch_fiber(&Saved, FiberStack, kStackSize);
  swapcontext(&MainContext, &FiberContext);
  __sanitizer_finish_switch_fiber(Saved, &FromBottom, &FromSize);
  fprintf(stderr, "back from %s, %zu bytes\n",
          FromBottom == FiberStack ? "the fiber" : "elsewhere", FromSize);
  free(FiberStack);
  return 0;
}

// CLEAN: fiber 6
// CLEAN-NEXT: back from the fiber, 65536 bytes
// CLEAN-NOT: ERROR
// OVERFLOW: ERROR: memscope: stack-buffer-overflow
// OVERFLOW-NEXT: WRITE of size 1
// OVERFLOW-NEXT: #0 {{.*}} in inner {{.*}}fibers.c:[[#@LINE-41]]
// OVERFLOW-NEXT: #1 {{.*}} in middle
// OVERFLOW-NEXT: #2 {{.*}} in fiber
// OVERFLOW: 'Local'{{.*}} <== Memory access at offset {{[0-9]+}} overflows this variable
