// EXPECT: none
// A tiny cooperative scheduler runs three ucontext fibers on malloc'd stacks
// and tells the sanitizer about every switch with
// __sanitizer_start_switch_fiber / __sanitizer_finish_switch_fiber, as
// fiber libraries (boost.context, folly) do. Each fiber keeps arrays on its
// own stack across yields; a finished fiber's stack is released with a NULL
// fake-stack save. The program prints the stack bounds the finish call
// reports back (as "same as main" / size), and must be quiet.
#include <sanitizer/common_interface_defs.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#define STK (128 * 1024)

static ucontext_t sched_ctx, fib_ctx[3];
static char *stacks[3];
static int done[3];
static void *sched_fake;
static const void *main_bottom;
static size_t main_size;

static void yield_to_sched(int id, int finished) {
  void *fake = NULL;
  __sanitizer_start_switch_fiber(finished ? NULL : &fake, main_bottom, main_size);
  swapcontext(&fib_ctx[id], &sched_ctx);
  __sanitizer_finish_switch_fiber(fake, NULL, NULL);
}

static void fiber_main(int id) {
  __sanitizer_finish_switch_fiber(NULL, &main_bottom, &main_size);
  int vals[64];
  char name[16];
  snprintf(name, sizeof name, "fiber-%d", id);
  for (int round = 0; round < 3; round++) {
    for (int i = 0; i < 64; i++) vals[i] = i * (id + 1) + round;
    yield_to_sched(id, 0);
    long s = 0;
    for (int i = 0; i < 64; i++) s += vals[i];
    printf("%s round %d sum %ld\n", name, round, s);
  }
  done[id] = 1;
  yield_to_sched(id, 1);
}

int main(int argc, char **argv) {
  (void)argv;
  for (int i = 0; i < 3; i++) {
    stacks[i] = malloc(STK);
    getcontext(&fib_ctx[i]);
    fib_ctx[i].uc_stack.ss_sp = stacks[i];
    fib_ctx[i].uc_stack.ss_size = STK;
    fib_ctx[i].uc_link = NULL;
    makecontext(&fib_ctx[i], (void (*)(void))fiber_main, 1, i);
  }
  int live = 3;
  while (live) {
    live = 0;
    for (int i = 0; i < 3; i++) {
      if (done[i]) continue;
      const void *bot;
      size_t sz;
      __sanitizer_start_switch_fiber(&sched_fake, stacks[i], STK);
      swapcontext(&sched_ctx, &fib_ctx[i]);
      __sanitizer_finish_switch_fiber(sched_fake, &bot, &sz);
      if (argc > 5) printf("back from %p %zu\n", bot, sz);
      live += !done[i];
    }
  }
  for (int i = 0; i < 3; i++) free(stacks[i]);
  printf("main stack size known: %d\n", main_size > 0);
  return 0;
}
