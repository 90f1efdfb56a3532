// EXPECT: none
// A SIGSEGV-free variant of error recovery: a SIGUSR2 handler running on
// the normal stack siglongjmps out of a recursion 200 frames deep (every
// frame with an array), restoring the signal mask; the recovery path then
// recurses differently and zeroes structs over the abandoned frames.
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static sigjmp_buf recover;
static volatile int jumps;

static void on_usr2(int sig) {
  char why[16];
  snprintf(why, sizeof why, "sig%d", sig);
  jumps = jumps + (int)strlen(why);
  siglongjmp(recover, 1);
}

__attribute__((noinline)) static int descend(int depth, const int *up) {
  int cells[12];
  for (int i = 0; i < 12; i++) cells[i] = up[i] ^ depth;
  if (depth == 0) {
    raise(SIGUSR2);
    return cells[11];
  }
  return descend(depth - 1, cells) + cells[0];
}

struct Summary {
  int counts[30];
  double mean;
  char tag[12];
};

__attribute__((noinline)) static double summarize(int depth) {
  struct Summary s;
  memset(&s, 0, sizeof s);
  s.counts[29] = depth;
  s.mean = depth / 2.0;
  double r = s.counts[29] + s.mean + s.tag[11];
  if (depth > 0) r += summarize(depth - 1);
  return r;
}

int main(int argc, char **argv) {
  int rounds = atoi(argv[1]);
  signal(SIGUSR2, on_usr2);
  int seed[12];
  for (int i = 0; i < 12; i++) seed[i] = argv[2][i];
  volatile int done = 0;
  volatile double acc = 0;
  sigsetjmp(recover, 1);
  acc = acc + summarize(150);
  if (done < rounds) {
    done = done + 1;
    descend(200, seed);
  }
  printf("%.1f %d %d\n", (double)acc, (int)jumps, argc);
  return 0;
}
