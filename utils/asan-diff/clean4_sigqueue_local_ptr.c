// EXPECT: none
// sigqueue() to the process itself carries a pointer to a local struct of
// the sender in si_value; the SA_SIGINFO handler (running on the same
// stack, below the sender) fills it in before sigqueue returns. The
// handler keeps an 8 KiB array and calls a recursive helper; signals are
// sent from several recursion depths.
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct request {
  int depth;
  int answer;
  char note[20];
};

__attribute__((noinline)) static int helper(int d, const char *seed) {
  char mine[40];
  memcpy(mine, seed, sizeof mine);
  return d ? helper(d - 1, mine) + mine[39] % 5 : mine[0];
}

static void on_sig(int sig, siginfo_t *info, void *uc) {
  (void)uc;
  char scratch[8192];
  memset(scratch, sig, sizeof scratch);
  struct request *req = info->si_value.sival_ptr;
  req->answer = helper(req->depth % 9, scratch + 100) + scratch[8191];
  snprintf(req->note, sizeof req->note, "d%d", req->depth);
}

__attribute__((noinline)) static long sender(int depth, int n) {
  struct request req;
  int pad[24];
  memset(&req, 0, sizeof req);
  req.depth = depth;
  for (int i = 0; i < 24; i++) pad[i] = depth * i;
  union sigval v;
  v.sival_ptr = &req;
  if (sigqueue(getpid(), SIGRTMIN + 1, v) != 0) return -1000;
  long s = req.answer + (long)strlen(req.note) + pad[23];
  if (depth < n) s += sender(depth + 1, n);
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_sig;
  sa.sa_flags = SA_SIGINFO;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGRTMIN + 1, &sa, NULL);
  long total = 0;
  for (int r = 0; r < 20; r++) total += sender(0, n * 3 + r % 4);
  printf("%ld\n", total);
  return 0;
}
