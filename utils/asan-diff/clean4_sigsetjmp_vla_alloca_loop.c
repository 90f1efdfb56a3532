// EXPECT: none
// Thousands of sigsetjmp/siglongjmp round trips out of recursions whose
// frames hold VLAs and alloca blocks of sizes that change every round;
// each jump is followed by a recursion of fixed-size arrays at the same
// depths, and every fifth round by a raise() whose handler jumps instead.
#include <alloca.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static sigjmp_buf back;
static long acc;

static void on_usr1(int sig) { siglongjmp(back, sig); }

__attribute__((noinline)) static void descend(int depth, int size, int use_signal) {
  char vla[size + depth];
  char *blk = alloca(16 + (size * depth) % 113);
  memset(vla, 'v', sizeof vla);
  memset(blk, 'b', 16 + (size * depth) % 113);
  acc += vla[sizeof vla - 1] + blk[15];
  if (depth == 0) {
    if (use_signal) raise(SIGUSR1);
    siglongjmp(back, 2);
  }
  descend(depth - 1, size, use_signal);
}

__attribute__((noinline)) static long flat(int depth) {
  int arr[48];
  for (int i = 0; i < 48; i++) arr[i] = depth + i;
  long s = arr[47] - arr[0];
  return depth ? s + flat(depth - 1) : s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR1, &sa, NULL);
  long total = 0;
  int jumps = 0;
  for (int round = 0; round < n * 400; round++) {
    volatile int depth = 3 + round % 17;
    int got = sigsetjmp(back, 1);
    if (got == 0) {
      descend(depth, 5 + round % 61, round % 5 == 0);
    } else {
      jumps++;
      total += got + flat(depth);
    }
  }
  printf("%d %ld %ld\n", jumps, total, acc);
  return 0;
}
