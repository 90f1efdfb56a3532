// EXPECT: none
// An error-recovery path in a bytecode interpreter leaves deep, array-heavy
// frames by switching contexts with setcontext() -- a jump ASan does not
// intercept -- so the code calls __asan_handle_no_return() first, as the
// interface header asks, to unpoison the stack being abandoned. The
// interpreter then reuses the same stack depth with differently laid-out
// frames; both tools must stay quiet.
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static ucontext_t recover;
static volatile int recovered;

__attribute__((noinline)) static int eval(int depth, int limit) {
  char regs[72];
  int consts[17];
  memset(regs, depth, sizeof regs);
  for (int i = 0; i < 17; i++) consts[i] = i * depth;
  if (depth == limit) {
    __asan_handle_no_return();
    setcontext(&recover);
  }
  return eval(depth + 1, limit) + regs[depth % 72] + consts[depth % 17];
}

__attribute__((noinline)) static long reuse(int depth) {
  long big[40];
  short odd[13];
  for (int i = 0; i < 40; i++) big[i] = i + depth;
  for (int i = 0; i < 13; i++) odd[i] = (short)(depth - i);
  if (depth == 0) return big[39] + odd[12];
  return reuse(depth - 1) + big[depth % 40] + odd[depth % 13];
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int round = 0; round < 3; round++) {
    recovered = 0;
    getcontext(&recover);
    if (!recovered) {
      recovered = 1;
      eval(0, n * (round + 1));
    }
    printf("round %d recovered, reuse %ld\n", round, reuse(n * 2));
  }
  return 0;
}
