// EXPECT: none
// An interpreter thread guards against runaway recursion the old-fashioned
// way: it runs on a 512 KiB pthread stack, installs a sigaltstack, and a
// SIGSEGV handler on the alternate stack siglongjmps back when a recursive
// evaluation with 1 KiB frames runs into the guard page. The thread then
// evaluates a bounded recursion on the same stack and returns normally;
// this is done for two threads in turn.
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static __thread sigjmp_buf t_env;
static __thread volatile int t_guarded;
static volatile long g_deepest;

static void on_segv(int sig, siginfo_t *si, void *ctx) {
  (void)si;
  (void)ctx;
  if (!t_guarded) {
    signal(sig, SIG_DFL);
    return;
  }
  siglongjmp(t_env, 1);
}

__attribute__((noinline)) static long eval(int depth, int limit, volatile char *sink) {
  volatile char frame[1024];
  frame[0] = (char)depth;
  frame[1023] = (char)(depth >> 8);
  if (depth > g_deepest) g_deepest = depth;
  if (limit >= 0 && depth >= limit) return frame[0];
  long r = eval(depth + 1, limit, frame);
  return r + frame[1023] + sink[0];
}

static void *interp(void *arg) {
  long id = (long)arg;
  stack_t ss;
  ss.ss_sp = malloc(64 * 1024);
  ss.ss_size = 64 * 1024;
  ss.ss_flags = 0;
  sigaltstack(&ss, NULL);
  char top = 1;
  long result = -1;
  t_guarded = 1;
  if (sigsetjmp(t_env, 1) == 0) {
    result = eval(0, -1, &top);  // never returns: runs out of stack
  } else {
    t_guarded = 0;
    result = eval(0, 100 + (int)id, &top);  // bounded, on the same stack
  }
  stack_t off = {.ss_flags = SS_DISABLE};
  sigaltstack(&off, NULL);
  free(ss.ss_sp);
  return (void *)result;
}

int main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
  long total = 0;
  for (long i = 0; i < 2; i++) {
    pthread_attr_t at;
    pthread_attr_init(&at);
    pthread_attr_setstacksize(&at, 512 * 1024);
    pthread_t t;
    void *r;
    pthread_create(&t, &at, interp, (void *)i);
    pthread_join(t, &r);
    pthread_attr_destroy(&at);
    total += (long)r;
  }
  printf("total %ld deep %s\n", total, g_deepest > 200 ? "yes" : "no");
  return 0;
}
