// EXPECT: leak
// A crash handler installs an alternate signal stack it allocates with
// malloc() and registers with sigaltstack(); afterwards the only record of
// that block is in the kernel (the thread's sigaltstack setting). LSan cannot
// see kernel state: the stack block is reported as leaked. A second handler
// stack, also kept in a global for later teardown, stays reachable.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile sig_atomic_t g_hits;
static void *g_spare_stack;

static void on_usr1(int sig) {
  (void)sig;
  g_hits++;
}

__attribute__((noinline)) static int install(int n) {
  size_t sz = (size_t)SIGSTKSZ + (size_t)n * 64;
  stack_t ss;
  memset(&ss, 0, sizeof ss);
  ss.ss_sp = malloc(sz); // BUG: only the kernel knows this block afterwards
  ss.ss_size = sz;
  if (sigaltstack(&ss, NULL) != 0) return -1;
  g_spare_stack = malloc(sz); /* reachable: kept for teardown */
  memset(g_spare_stack, 0, sz);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_usr1;
  sa.sa_flags = SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  return sigaction(SIGUSR1, &sa, NULL);
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  if (install(n) != 0) return 2;
  scrub();
  raise(SIGUSR1);
  raise(SIGUSR1);
  printf("handled %d signals\n", (int)g_hits);
  return 0;
}
