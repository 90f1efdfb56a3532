// EXPECT: stack-use-after-return
// a task of the ucontext scheduler formats its status with a helper that returns a pointer to its own local buffer; the task yields and then prints through that pointer
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#define NTASKS 3
#define STACK_SIZE (256 * 1024)

struct task {
  ucontext_t ctx;
  void *stack;
  int id, done, steps;
  unsigned hash;
};

static ucontext_t sched_ctx;
static struct task tasks[NTASKS];
static int current;
static const char *g_word;

static void yield(void) { swapcontext(&tasks[current].ctx, &sched_ctx); }

__attribute__((noinline)) static const char *format_status(int id, int step, const char *word) {
  char buf[64];   /* returned below: dies with this frame */
  snprintf(buf, sizeof buf, "task %d step %d [%.10s]", id, step, word + step % 5);
  const char *r = buf;
  return r;
}

static void task_main(int id) {
  struct task *t = &tasks[id];
  for (int step = 0; step < 3 + id; step++) {
    const char *status = format_status(id, step, g_word);
    yield();
    for (const char *p = status; *p; p++) t->hash = t->hash * 31 + (unsigned char)*p; // BUG
    t->steps++;
  }
  t->done = 1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  g_word = argc > 2 ? argv[2] : "ABCDEFGH";
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
  while (live > 0 && switches < n * 100) {
    live = 0;
    for (current = 0; current < NTASKS; current++) {
      if (tasks[current].done) continue;
      swapcontext(&sched_ctx, &tasks[current].ctx);
      switches++;
      if (!tasks[current].done) live++;
    }
  }
  for (int i = 0; i < NTASKS; i++) {
    printf("task%d steps=%d hash=%08x\n", i, tasks[i].steps, tasks[i].hash);
    free(tasks[i].stack);
  }
  printf("switches=%d\n", switches);
  return 0;
}
