// ===- test/Runtime/stack/fake-frames.c - fake frames given back and reused ===//
//
// Frames of 1 KiB classes and below are given back by the function's own
// code, larger ones by the runtime (pass/StackRedzones.cpp): a local kept
// past its function's return is stack-use-after-return either way, and the
// report names the variable. A local of a function a longjmp left, read
// right after the jump, is stack-use-after-return too (the jump gives the
// frames below its target back at once; ASan reports nothing). Recursion
// deeper than a class holds sends frames to the real stack without a false
// report, and frames reused after it (and after a longjmp abandoned some)
// are clean again. A function with a variable-length array takes a fake
// frame for its other locals too. -O0 and -O2.
//
// See also: runtime/memscope_stack_frames.cpp.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean
// RUN: env MEMSCOPE_OPTIONS=max_uar_stack_size_log=16 %t clean
// RUN: not %t big 2>&1 | FileCheck %s --check-prefix=BIG
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean
// RUN: env MEMSCOPE_OPTIONS=max_uar_stack_size_log=16 %t clean
// RUN: not %t big 2>&1 | FileCheck %s --check-prefix=BIG

#include <setjmp.h>
#include <stdio.h>
#include <string.h>

volatile int Index;
volatile int Sink;
char *volatile Kept;

__attribute__((noinline)) void fill(char *Buf, int N) {
  memset(Buf, N & 0x7f, N);
}

__attribute__((noinline)) char *keep_small(void) {
  char Small[40];
  fill(Small, sizeof(Small));
  Kept = Small;
  return Kept;
}

__attribute__((noinline)) char *keep_big(void) {
  char Big[3000];
  fill(Big, sizeof(Big));
  Kept = Big;
  return Kept;
}

// 2048 frames deep: more than class 0 holds with 64 KiB per class
// (max_uar_stack_size_log=16: 1024 frames), so the deepest go on the real
// stack; every one is written and read whole.
__attribute__((noinline)) int deep(int Depth) {
  char Local[24];
  fill(Local, sizeof(Local));
  int Sum = Local[Index % 24];
  if (Depth > 0)
    Sum += deep(Depth - 1);
  return Sum + Local[(Depth * 7) % 24];
}

// A function with a variable-length array keeps that array on the real
// stack, its fixed locals on the fake stack (as ASan does).
__attribute__((noinline)) char *keep_beside_vla(int N) {
  char Vla[N];
  char Fixed[32];
  fill(Vla, N);
  fill(Fixed, sizeof(Fixed));
  Kept = Fixed;
  Sink = Vla[Index];
  return Kept;
}

jmp_buf Env;

__attribute__((noinline)) void jump_out(int Depth) {
  char Local[100];
  fill(Local, sizeof(Local));
  if (Depth == 0)
    longjmp(Env, 1);
  jump_out(Depth - 1);
  Sink = Local[Index];
}

__attribute__((noinline)) void keep_and_jump(int Depth) {
  char Mine[48];
  fill(Mine, sizeof(Mine));
  Kept = Mine;
  if (Depth == 0)
    longjmp(Env, 1);
  keep_and_jump(Depth - 1);
  Sink = Mine[Index];
}

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  const char *Case = argv[1];
  if (!strcmp(Case, "clean")) {
    int Total = 0;
    for (int Round = 0; Round < 3; ++Round) {
      Total += deep(2048);
      if (!setjmp(Env))
        jump_out(50);
      Total += deep(300);
    }
    keep_small();
    keep_big();
    Sink = Total;
    printf("clean %d\n", Total);
    return 0;
  }
  if (!strcmp(Case, "small")) {
    char *P = keep_small();
    Sink = P[Index + 3]; // SMALL
  }
  if (!strcmp(Case, "jumped")) {
    if (!setjmp(Env))
      keep_and_jump(2);
    Sink = Kept[Index + 5]; // JUMPED
  }
  if (!strcmp(Case, "vla")) {
    char *P = keep_beside_vla(Index + 40);
    Sink = P[Index + 1]; // VLA
  }
  if (!strcmp(Case, "big")) {
    char *P = keep_big();
    Sink = P[Index + 2000]; // BIG
  }
  return 0;
}

// CASE: small stack-use-after-return SMALL
// CASE: big stack-use-after-return BIG
// CASE: jumped stack-use-after-return JUMPED
// CASE: vla stack-use-after-return VLA

// BIG: ERROR: memscope: stack-use-after-return
// BIG: READ of size 1
// BIG-NEXT: #0 {{.*}} in main {{.*}}fake-frames.c:[[#@LINE-12]]
// BIG: is located in stack of thread T0 at offset 2032 in frame
// BIG-NEXT: #0 {{.*}} in keep_big
// BIG: [32, 3032) 'Big'
