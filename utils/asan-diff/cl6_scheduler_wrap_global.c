// EXPECT: global-buffer-overflow
// A round-robin scheduler for ucontext green threads whose stacks are
// global arrays; it picks the next runnable task by scanning forward from
// the current one with wrap-around. The wrap test is "i > NT" instead of
// "i >= NT", so when the scan passes the last task it reads the state
// table one element past its end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

enum { NT = 5, STK = 32 * 1024 };
enum { DONE = 0, RUNNABLE = 1 };

static char g_stacks[NT][STK] __attribute__((aligned(16)));
static ucontext_t g_sched, g_ctx[NT];
static int g_state[NT];
static long g_work[NT];
static int g_cur;

static void task(int id, int steps) {
  for (int s = 0; s < steps; s++) {
    char scratch[128];
    memset(scratch, id + s, sizeof scratch);
    g_work[id] += scratch[127];
    swapcontext(&g_ctx[id], &g_sched);
  }
  g_state[id] = DONE;
}

static int pick_next(int cur) {
  for (int k = 1; k <= NT; k++) {
    int i = cur + k;
    if (i > NT) i -= NT;
    if (g_state[i] == RUNNABLE) return i;  // BUG
  }
  return -1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  for (int i = 0; i < NT; i++) {
    getcontext(&g_ctx[i]);
    g_ctx[i].uc_stack.ss_sp = g_stacks[i];
    g_ctx[i].uc_stack.ss_size = STK;
    g_ctx[i].uc_link = &g_sched;
    makecontext(&g_ctx[i], (void (*)(void))task, 2, i, n + i);
    g_state[i] = RUNNABLE;
  }
  g_cur = 0;
  int next = 0;
  while (next >= 0) {
    g_cur = next;
    swapcontext(&g_sched, &g_ctx[g_cur]);
    next = pick_next(g_cur);
  }
  long s = 0;
  for (int i = 0; i < NT; i++) s += g_work[i];
  printf("%ld\n", s);
  return 0;
}
