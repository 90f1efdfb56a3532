// EXPECT: none
// a cooperative scheduler on ucontext: tasks with their own heap stacks, local arrays and recursion, yielding back and forth through swapcontext until all finish
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#define NTASKS 4
#define STACK_SIZE (256 * 1024)

struct task {
  ucontext_t ctx;
  void *stack;
  int id, done, steps;
  long result;
};

static ucontext_t sched_ctx;
static struct task tasks[NTASKS];
static int current;
static const char *g_word;

static void yield(void) { swapcontext(&tasks[current].ctx, &sched_ctx); }

static long fib_yield(int n, int depth) {
  char pad[64];   /* a real array in every frame */
  memset(pad, n & 0x7f, sizeof pad);
  if (depth % 3 == 0) yield();
  if (n < 2) return n + (pad[n % 64] & 1);
  return fib_yield(n - 1, depth + 1) + fib_yield(n - 2, depth + 1);
}

static void task_main(int id) {
  struct task *t = &tasks[id];
  int hist[26];
  memset(hist, 0, sizeof hist);
  size_t wl = strlen(g_word);
  for (int round = 0; round < 5 + id; round++) {
    char line[48];
    snprintf(line, sizeof line, "task%d-%.*s", id, (int)(1 + (size_t)round % wl), g_word);
    for (char *p = line; *p; p++)
      if (*p >= 'A' && *p <= 'Z') hist[*p - 'A']++;
    t->steps++;
    yield();
  }
  long f = fib_yield(8 + id, 0);
  long s = 0;
  for (int i = 0; i < 26; i++) s += hist[i] * (i + 1);
  t->result = f * 1000 + s;
  t->done = 1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  g_word = argc > 2 ? argv[2] : "ABC";
  for (int i = 0; i < NTASKS; i++) {
    struct task *t = &tasks[i];
    t->id = i;
    t->stack = malloc(STACK_SIZE);
    getcontext(&t->ctx);
    t->ctx.uc_stack.ss_sp = t->stack;
    t->ctx.uc_stack.ss_size = STACK_SIZE;
    t->ctx.uc_link = &sched_ctx;
    makecontext(&t->ctx, (void (*)(void))task_main, 1, i);
  }
  int switches = 0, live = NTASKS;
  while (live > 0 && switches < n * 10000) {
    live = 0;
    for (current = 0; current < NTASKS; current++) {
      if (tasks[current].done) continue;
      swapcontext(&sched_ctx, &tasks[current].ctx);
      switches++;
      if (!tasks[current].done) live++;
    }
  }
  long total = 0;
  for (int i = 0; i < NTASKS; i++) {
    printf("task%d steps=%d result=%ld\n", i, tasks[i].steps, tasks[i].result);
    total += tasks[i].result;
    free(tasks[i].stack);
  }
  printf("switches=%d total=%ld\n", switches, total);
  return 0;
}
