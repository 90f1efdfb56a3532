// EXPECT: none
// Fibers on heap stacks, switched with swapcontext and announced with
// __sanitizer_start_switch_fiber / __sanitizer_finish_switch_fiber. Each
// fiber does setjmp/longjmp out of a recursion with arrays between
// switches; the scheduler keeps arrays of its own across all switches.
#include <sanitizer/common_interface_defs.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#define NF 2
#define STACK_SIZE (128 * 1024)

static ucontext_t sched_ctx, fib_ctx[NF];
static const void *sched_bottom;
static size_t sched_size;
static char *fib_stack[NF];
static long acc[NF];
static int rounds;

__attribute__((noinline)) static void plunge(jmp_buf *jb, int d, int id) {
  int frame[20];
  for (int i = 0; i < 20; i++) frame[i] = d * i + id;
  acc[id] += frame[19];
  if (d == 0) longjmp(*jb, 1);
  plunge(jb, d - 1, id);
}

static void yield_to_sched(int id) {
  void *fake = NULL;
  __sanitizer_start_switch_fiber(&fake, sched_bottom, sched_size);
  swapcontext(&fib_ctx[id], &sched_ctx);
  __sanitizer_finish_switch_fiber(fake, NULL, NULL);
}

static void fiber(int id) {
  __sanitizer_finish_switch_fiber(NULL, &sched_bottom, &sched_size);
  for (int r = 0; r < rounds; r++) {
    jmp_buf jb;
    char note[32];
    snprintf(note, sizeof note, "f%d r%d", id, r);
    if (!setjmp(jb)) plunge(&jb, 3 + r % 8, id);
    acc[id] += (long)strlen(note);
    yield_to_sched(id);
  }
  __sanitizer_start_switch_fiber(NULL, sched_bottom, sched_size);
}

__attribute__((noinline)) static long schedule(int n) {
  long mine[25];
  for (int i = 0; i < 25; i++) mine[i] = n * i;
  long s = 0;
  for (int r = 0; r <= rounds; r++) {
    for (int id = 0; id < NF; id++) {
      void *fake = NULL;
      __sanitizer_start_switch_fiber(&fake, fib_stack[id], STACK_SIZE);
      swapcontext(&sched_ctx, &fib_ctx[id]);
      __sanitizer_finish_switch_fiber(fake, NULL, NULL);
      s += mine[(r + id) % 25];
    }
  }
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  rounds = n * 10;
  for (int id = 0; id < NF; id++) {
    fib_stack[id] = malloc(STACK_SIZE);
    getcontext(&fib_ctx[id]);
    fib_ctx[id].uc_stack.ss_sp = fib_stack[id];
    fib_ctx[id].uc_stack.ss_size = STACK_SIZE;
    fib_ctx[id].uc_link = &sched_ctx;
    makecontext(&fib_ctx[id], (void (*)(void))fiber, 1, id);
  }
  long s = schedule(n);
  for (int id = 0; id < NF; id++) free(fib_stack[id]);
  printf("%ld %ld %ld\n", s, acc[0], acc[1]);
  return 0;
}
