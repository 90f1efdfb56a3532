// EXPECT: none
// siglongjmp out of a signal handler raised several frames deep (frames with arrays abandoned), then the same depth reused with other arrays.
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
static sigjmp_buf env;
static volatile int jumps;
static void handler(int sig) {
  char h[24];
  memset(h, sig, sizeof h);
  jumps += h[23] > 0;
  siglongjmp(env, 1);
}
__attribute__((noinline)) static int dive(int n) {
  char a[40 + n];
  memset(a, n, sizeof a);
  if (n == 0) { raise(SIGUSR1); return -1; }
  return dive(n - 1) + a[n];
}
__attribute__((noinline)) static int other(int n) {
  long b[9];
  for (int i = 0; i < 9; i++) b[i] = i + n;
  if (n == 0) return (int)b[8];
  return other(n - 1) + (int)b[n % 9];
}
int main(int argc, char **argv) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sigaction(SIGUSR1, &sa, 0);
  long s = 0;
  for (int i = 0; i < 5; i++) {
    if (sigsetjmp(env, 1) == 0) s += dive(8 + i);
    s += other(10 + i);
  }
  char tail[64];
  snprintf(tail, sizeof tail, "%ld/%d", s, jumps);
  printf("%s %d\n", tail, argc);
  return 0;
}
