// EXPECT: none
// A signal handler running on an alternate stack uses local arrays and
// calls a recursive function; signals are raised from frames with arrays
// of their own.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static volatile sig_atomic_t total;
__attribute__((noinline)) static int rec(int d) {
  char b[37];
  memset(b, d, sizeof b);
  return d ? rec(d - 1) + b[36] : b[0];
}
static void handler(int sig) {
  int arr[33];
  for (int i = 0; i < 33; i++) arr[i] = sig + i;
  total += arr[32] + rec(20);
}
__attribute__((noinline)) static void raiser(int k) {
  long mine[11];
  for (int i = 0; i < 11; i++) mine[i] = k + i;
  raise(SIGUSR1);
  total += (int)mine[10];
}
int main(int argc, char **argv) {
  static char altstack[1 << 16];
  stack_t ss = {0};
  ss.ss_sp = altstack;
  ss.ss_size = sizeof altstack;
  sigaltstack(&ss, 0);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_ONSTACK;
  sigaction(SIGUSR1, &sa, 0);
  int n = atoi(argv[1]) * 20;
  for (int i = 0; i < n; i++) raiser(i);
  char after[500];
  memset(after, 1, sizeof after);
  printf("%d %d %d\n", (int)total, after[499], argc);
  return 0;
}
