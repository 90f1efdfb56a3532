// EXPECT: none
// A cooperative scheduler runs four "green threads" with makecontext on
// stacks that are global arrays (64 KiB each, one of them a static local),
// passing two int arguments; each task keeps local arrays, yields from
// inside nested calls with swapcontext, and finishes through uc_link back
// to the scheduler. The scheduler is run twice so the global stacks are
// reused by fresh tasks.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

enum { NT = 4, STK = 64 * 1024 };

static char g_stack0[STK] __attribute__((aligned(16)));
static char g_stacks[NT - 1][STK] __attribute__((aligned(16)));
static ucontext_t g_sched, g_task[NT];
static int g_done[NT];
static long g_out[NT];
static int g_cur;

static void yield_now(void) { swapcontext(&g_task[g_cur], &g_sched); }

__attribute__((noinline)) static long inner_work(int id, int step) {
  int tmp[100];
  for (int i = 0; i < 100; i++) tmp[i] = id * step + i;
  if (step % 2) yield_now();  // suspend with this frame live
  long s = 0;
  for (int i = 0; i < 100; i++) s += tmp[i];
  return s;
}

static void task_main(int id, int steps) {
  char name[32];
  double acc[16] = {0};
  snprintf(name, sizeof name, "task-%d", id);
  for (int s = 0; s < steps; s++) {
    acc[s % 16] += (double)inner_work(id, s);
    yield_now();
  }
  long t = (long)strlen(name);
  for (int i = 0; i < 16; i++) t += (long)acc[i];
  g_out[id] = t;
  g_done[id] = 1;
}

static char *stack_for(int i) {
  static char *spare;
  if (!spare) spare = g_stack0;
  return i == 0 ? spare : g_stacks[i - 1];
}

static long run_round(int base) {
  for (int i = 0; i < NT; i++) {
    getcontext(&g_task[i]);
    g_task[i].uc_stack.ss_sp = stack_for(i);
    g_task[i].uc_stack.ss_size = STK;
    g_task[i].uc_link = &g_sched;
    makecontext(&g_task[i], (void (*)(void))task_main, 2, i, base + i * 3);
    g_done[i] = 0;
  }
  int alive = NT;
  while (alive) {
    alive = 0;
    for (g_cur = 0; g_cur < NT; g_cur++) {
      if (g_done[g_cur]) continue;
      swapcontext(&g_sched, &g_task[g_cur]);
      alive += !g_done[g_cur];
    }
  }
  long s = 0;
  for (int i = 0; i < NT; i++) s += g_out[i];
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long a = run_round(n);
  long b = run_round(n * 2);
  char after[16384];
  memset(after, 1, sizeof after);
  printf("%ld %ld %d\n", a, b, after[16383]);
  return 0;
}
