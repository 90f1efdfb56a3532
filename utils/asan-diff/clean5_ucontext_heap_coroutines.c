// EXPECT: none
// Coroutines on ucontext: generators with stacks on the heap (sizes from
// argv), contexts in a heap array, swapcontext back and forth many times,
// a generator whose uc_link returns to main when it finishes, setcontext
// from a coroutine to a context saved by getcontext in main, and stacks
// freed and reallocated for a second batch of coroutines.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

struct gen {
  ucontext_t ctx;
  ucontext_t *caller;
  long value;
  int done;
  int limit;
};

static ucontext_t main_ctx, back_ctx;
static volatile int jumped;

static void generator(unsigned hi, unsigned lo) {
  struct gen *g = (struct gen *)(((unsigned long)hi << 32) | lo);
  long a = 0, b = 1;
  char scratch[128];
  for (int i = 0; i < g->limit; ++i) {
    memset(scratch, i & 0x7f, sizeof scratch);
    g->value = a + scratch[i % 128];
    long t = a + b;
    a = b;
    b = t % 1000003;
    swapcontext(&g->ctx, g->caller);
  }
  g->done = 1; // returns: uc_link (the caller) resumes
}

static void jumper(void) {
  jumped = 1;
  setcontext(&back_ctx);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  size_t stack_size = (size_t)n * 8192;
  unsigned long sum = 0;
  for (int batch = 0; batch < 2; ++batch) {
    int count = 4;
    struct gen *gens = calloc((size_t)count, sizeof *gens);
    void **stacks = malloc(sizeof *stacks * (size_t)count);
    for (int i = 0; i < count; ++i) {
      stacks[i] = malloc(stack_size + (size_t)batch * 4096);
      getcontext(&gens[i].ctx);
      gens[i].ctx.uc_stack.ss_sp = stacks[i];
      gens[i].ctx.uc_stack.ss_size = stack_size + (size_t)batch * 4096;
      gens[i].ctx.uc_link = &main_ctx;
      gens[i].caller = &main_ctx;
      gens[i].limit = n * (i + 1);
      unsigned long p = (unsigned long)&gens[i];
      makecontext(&gens[i].ctx, (void (*)(void))generator, 2,
                  (unsigned)(p >> 32), (unsigned)p);
    }
    int live = count;
    while (live) {
      live = 0;
      for (int i = 0; i < count; ++i)
        if (!gens[i].done) {
          swapcontext(&main_ctx, &gens[i].ctx);
          if (!gens[i].done) {
            sum = sum * 3 + (unsigned long)gens[i].value;
            ++live;
          }
        }
    }
    for (int i = 0; i < count; ++i)
      free(stacks[i]);
    free(stacks);
    free(gens);
  }
  char *jstack = malloc(stack_size);
  ucontext_t *j = malloc(sizeof *j);
  getcontext(j);
  j->uc_stack.ss_sp = jstack;
  j->uc_stack.ss_size = stack_size;
  j->uc_link = NULL;
  makecontext(j, jumper, 0);
  getcontext(&back_ctx);
  if (!jumped)
    setcontext(j);
  free(j);
  free(jstack);
  printf("jumped %d sum %lu\n", jumped, sum);
  return 0;
}
