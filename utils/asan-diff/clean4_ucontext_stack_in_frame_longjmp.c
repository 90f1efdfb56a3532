// EXPECT: none
// A makecontext coroutine whose stack is a 192 KiB array in main's own
// frame (on the thread's real stack, above the driver's frames). Inside
// the coroutine, a setjmp/longjmp pair leaves a recursion with arrays;
// meanwhile the driver, suspended in swapcontext below, keeps arrays of
// its own that it reads after every switch back.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

static ucontext_t main_ctx, co_ctx;
static long acc;
static int rounds;

__attribute__((noinline)) static void dive(jmp_buf *jb, int d, const char *tag) {
  char pad[80];
  memset(pad, tag[d % 26], sizeof pad);
  acc += pad[79] + d;
  if (d == 0) longjmp(*jb, 1);
  dive(jb, d - 1, tag);
}

__attribute__((noinline)) static long sum_ints(const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

static const char *tag;

static void co_body(void) {
  for (int r = 0; r < rounds; r++) {
    jmp_buf jb;
    if (!setjmp(jb)) dive(&jb, 6 + r % 5, tag);
    int local[24];
    for (int i = 0; i < 24; i++) local[i] = r * i;
    acc += sum_ints(local, 24);
    swapcontext(&co_ctx, &main_ctx);
  }
}

__attribute__((noinline)) static long driver(int n) {
  int mine[40];
  char label[32];
  for (int i = 0; i < 40; i++) mine[i] = n + i;
  snprintf(label, sizeof label, "driver-%d", n);
  long s = 0;
  for (int r = 0; r < rounds; r++) {
    swapcontext(&main_ctx, &co_ctx);
    s += sum_ints(mine, 40) + (long)strlen(label);
    mine[r % 40] += 1;
  }
  return s;
}

int main(int argc, char **argv) {
  char stack[192 * 1024];
  int n = argc > 1 ? atoi(argv[1]) : 10;
  tag = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  rounds = n * 3;
  getcontext(&co_ctx);
  co_ctx.uc_stack.ss_sp = stack;
  co_ctx.uc_stack.ss_size = sizeof stack;
  co_ctx.uc_link = &main_ctx;
  makecontext(&co_ctx, co_body, 0);
  long s = driver(n);
  printf("%ld %ld\n", s, acc);
  return 0;
}
