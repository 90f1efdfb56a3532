// EXPECT: none
// Nested handlers on a heap alternate stack: SIGUSR1's handler (with a
// local array) recurses a little and raises SIGUSR2, whose handler
// siglongjmps straight back to main, abandoning both handler frames and
// the recursion under the first raise. Repeated many times; normal calls
// and a fresh handler run reuse both stacks afterwards.
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static sigjmp_buf env;
static long acc;

__attribute__((noinline)) static int rec(int d, const char *s) {
  char b[56];
  memcpy(b, s, 26);
  memset(b + 26, d, sizeof b - 26);
  acc += b[55];
  if (d == 0) {
    raise(SIGUSR2);
    return -1;
  }
  return rec(d - 1, b) + b[d % 26];
}

static void on_usr1(int sig) {
  char text[300];
  memset(text, 'A' + sig % 26, sizeof text);
  rec(4, text);
}

static void on_usr2(int sig) {
  int arr[50];
  for (int i = 0; i < 50; i++) arr[i] = sig * i;
  acc += arr[49];
  siglongjmp(env, sig);
}

__attribute__((noinline)) static long trigger(int d, const char *tag) {
  char mine[90];
  memset(mine, tag[d % 26], sizeof mine);
  if (d == 0) raise(SIGUSR1);
  else trigger(d - 1, mine);
  return -1;
}

__attribute__((noinline)) static long calm(int d) {
  long v[30];
  for (int i = 0; i < 30; i++) v[i] = d + i;
  return d ? v[29] + calm(d - 1) : v[0];
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *tag = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  stack_t ss = {.ss_sp = malloc(128 * 1024), .ss_size = 128 * 1024};
  sigaltstack(&ss, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_flags = SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sa.sa_handler = on_usr1;
  sigaction(SIGUSR1, &sa, NULL);
  sa.sa_handler = on_usr2;
  sigaction(SIGUSR2, &sa, NULL);
  long total = 0;
  for (int r = 0; r < n * 100; r++) {
    int got = sigsetjmp(env, 1);
    if (got == 0)
      trigger(r % 9, tag);
    else
      total += got + calm(r % 40);
  }
  ss.ss_flags = SS_DISABLE;
  sigaltstack(&ss, NULL);
  free(ss.ss_sp);
  printf("%ld %ld\n", total, acc);
  return 0;
}
