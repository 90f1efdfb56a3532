// ===- test/Runtime/stack/setjmp-frame.c - jumping back to a setjmp caller ===//
//
// A function that calls setjmp keeps its frame on the real stack. A longjmp
// back to it clears the shadow of the stack above the jump, as ASan clears
// it (compiler-rt's longjmp tests assert that even the target's own frame
// is clean after the jump), also when the jump is made by a function known
// not to return (whose call is not announced: the jump inside it is): the
// frames of the calls made after the jump are clean. The fake frames the
// jump left are given back at once, so a local of one, kept by pointer, is
// stack-use-after-return right after the jump. -O0 and -O2.
//
// See also: runtime/memscope_stack_frames.cpp (LeaveFramesFor,
// __memscope_handle_no_return),
// pass/StackRedzones.cpp (leavesItsOwnWay).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean | FileCheck %s --check-prefix=CLEAN
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean | FileCheck %s --check-prefix=CLEAN

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static jmp_buf Env;
volatile int Sink;
char *volatile Kept;

// Jumps back while Code is small: a call that may return, as a check that
// fails does.
__attribute__((noinline)) static void check(int Code) {
  char Deep[64];
  memset(Deep, Code, sizeof(Deep));
  Sink = Deep[Code];
  if (Code < 3)
    longjmp(Env, Code + 1);
}

// Always jumps: at -O2 the optimizer knows it does not return.
__attribute__((noinline)) static void fail(int Code) {
  char Deep[64];
  memset(Deep, Code, sizeof(Deep));
  Sink = Deep[Code];
  Kept = Deep;
  longjmp(Env, Code + 1);
}

__attribute__((noinline)) static int run_failing(int Last, int ReadLeft) {
  int Log[8];
  volatile int Tries = 0;
  int Code = setjmp(Env);
  Tries = Tries + 1;
  if (Code < 3)
    fail(Code);
  if (ReadLeft)
    Sink = Kept[0]; // LEFT
  for (int I = 0; I <= Last; I++)
    Log[I] = I + Tries;
  return Log[2];
}

__attribute__((noinline)) static int run(int Last) {
  int Log[8];
  volatile int Tries = 0;
  int Code = setjmp(Env);
  Tries = Tries + 1;
  check(Code);
  for (int I = 0; I <= Last; I++)
    Log[I] = I + Tries;
  return Log[2];
}

// Locals of every call after the jumps are clean.
__attribute__((noinline)) static int after(int Depth) {
  char Buf[96];
  memset(Buf, Depth, sizeof(Buf));
  return Buf[Depth % 96] + (Depth ? after(Depth - 1) : 0);
}

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  if (!strcmp(argv[1], "clean")) {
    int Sum = run(7) + run_failing(7, 0);
    printf("clean %d %d\n", Sum, after(20));
    return 0;
  }
  if (!strcmp(argv[1], "left"))
    Sink = run_failing(7, 1);
  return 0;
}

// CASE: left stack-use-after-return LEFT

// CLEAN: clean 12 210
