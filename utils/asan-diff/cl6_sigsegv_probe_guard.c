// EXPECT: none
// A "safe read" probe: a mapping has PROT_NONE guard pages between data
// pages; probe() installs a SIGSEGV handler and reads a page inside a
// sigsetjmp region, and the handler siglongjmps back out of the faulting
// frame (which has a local buffer) to the probe. The handler itself runs
// with a local array on the main stack. After each probe the code keeps
// using big locals in fresh frames at the same depth.
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static sigjmp_buf g_env;
static volatile sig_atomic_t g_faults;

static void on_segv(int sig, siginfo_t *si, void *uc) {
  char note[128];
  (void)uc;
  snprintf(note, sizeof note, "sig %d at %p", sig, si->si_addr);
  g_faults += note[0] == 's';
  siglongjmp(g_env, 1);
}

__attribute__((noinline)) static long read_page(volatile const unsigned char *p, size_t len) {
  unsigned char copy[512];
  long s = 0;
  for (size_t i = 0; i < len; i += 512) {
    for (size_t k = 0; k < 512; k++) copy[k] = p[i + k];
    s += copy[511] + copy[0];
  }
  return s;
}

__attribute__((noinline)) static int probe(const unsigned char *p, size_t len, long *sum) {
  if (sigsetjmp(g_env, 1)) return 0;
  *sum += read_page(p, len);
  return 1;
}

__attribute__((noinline)) static long after_probe(int k) {
  char fresh[8192];
  memset(fresh, k, sizeof fresh);
  return fresh[k % 8192] + fresh[8191];
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long pg = sysconf(_SC_PAGESIZE);
  int pages = 16;
  unsigned char *m = mmap(NULL, (size_t)(pg * pages), PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (m == MAP_FAILED) return 1;
  for (int i = 0; i < pages; i++) {
    memset(m + i * pg, i + 1, (size_t)pg);
    if (i % 3 == 2) mprotect(m + i * pg, (size_t)pg, PROT_NONE);
  }
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_segv;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, NULL);
  long sum = 0, extra = 0;
  int readable = 0;
  for (int round = 0; round < n; round++)
    for (int i = 0; i < pages; i++) {
      readable += probe(m + i * pg, (size_t)pg, &sum);
      extra += after_probe(i + round);
    }
  signal(SIGSEGV, SIG_DFL);
  printf("readable %d faults %d sum %ld extra %ld\n", readable, (int)g_faults, sum, extra);
  munmap(m, (size_t)(pg * pages));
  return 0;
}
