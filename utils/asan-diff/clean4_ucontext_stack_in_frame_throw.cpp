// EXPECT: none
// C++: a makecontext coroutine runs on a 192 KiB array in main's frame
// (inside the thread's own stack, above the driver's frames). Between
// switches it throws and catches an exception entirely within itself, out
// of a recursion holding arrays; the driver, suspended lower on the same
// stack in swapcontext, reads its array after every switch back.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <ucontext.h>

static ucontext_t main_ctx, co_ctx;
static long acc;
static int rounds;

__attribute__((noinline)) static void deep(int d) {
  char pad[64];
  std::memset(pad, d, sizeof pad);
  acc += pad[63];
  if (d == 0) throw std::runtime_error("bottom");
  deep(d - 1);
}

__attribute__((noinline)) static long sum(const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

static void co_body() {
  for (int r = 0; r < rounds; r++) {
    try {
      deep(5);
    } catch (const std::exception &e) {
      acc += (long)std::strlen(e.what());
    }
    int local[16];
    for (int i = 0; i < 16; i++) local[i] = r + i;
    acc += sum(local, 16);
    swapcontext(&co_ctx, &main_ctx);
  }
}

__attribute__((noinline)) static long driver(int n) {
  int mine[32];
  for (int i = 0; i < 32; i++) mine[i] = n + i;
  long s = 0;
  for (int r = 0; r < rounds; r++) {
    swapcontext(&main_ctx, &co_ctx);
    s += sum(mine, 32);
  }
  return s;
}

int main(int argc, char **argv) {
  char stack[192 * 1024];
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  rounds = n * 5;
  getcontext(&co_ctx);
  co_ctx.uc_stack.ss_sp = stack;
  co_ctx.uc_stack.ss_size = sizeof stack;
  co_ctx.uc_link = &main_ctx;
  makecontext(&co_ctx, co_body, 0);
  long s = driver(n);
  std::printf("%ld %ld\n", s, acc);
  return 0;
}
