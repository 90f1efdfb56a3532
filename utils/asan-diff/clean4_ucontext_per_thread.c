// EXPECT: none
// Four threads each run their own pair of makecontext coroutines (on heap
// stacks) that ping-pong a counter through a pointer to a local of the
// thread's driver function; the contexts are thread-local objects.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#define STACK_SIZE (64 * 1024)

static __thread ucontext_t t_main, t_co[2];
static __thread long *t_counter;
static __thread int t_rounds;

__attribute__((noinline)) static long stir(int d, long v) {
  long a[12];
  for (int i = 0; i < 12; i++) a[i] = v + i * d;
  return d ? a[11] + stir(d - 1, a[3]) % 1000 : a[0];
}

static void co_fn(int id) {
  char tag[16];
  snprintf(tag, sizeof tag, "co%d", id);
  for (int r = 0; r < t_rounds; r++) {
    *t_counter += stir(3 + id, r) % 97 + tag[2];
    swapcontext(&t_co[id], &t_co[1 - id]);
  }
  /* uc_link takes us back to the driver */
}

static void *thread_main(void *arg) {
  long id = (long)arg;
  long counter = id;
  char *stacks[2];
  t_counter = &counter;
  t_rounds = 200 + (int)id * 10;
  for (int i = 0; i < 2; i++) {
    stacks[i] = malloc(STACK_SIZE);
    getcontext(&t_co[i]);
    t_co[i].uc_stack.ss_sp = stacks[i];
    t_co[i].uc_stack.ss_size = STACK_SIZE;
    t_co[i].uc_link = &t_main;
    makecontext(&t_co[i], (void (*)(void))co_fn, 1, i);
  }
  swapcontext(&t_main, &t_co[0]);
  for (int i = 0; i < 2; i++) free(stacks[i]);
  return (void *)counter;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long total = 0;
  for (int round = 0; round < n / 2; round++) {
    pthread_t th[4];
    for (long i = 0; i < 4; i++) pthread_create(&th[i], NULL, thread_main, (void *)i);
    for (int i = 0; i < 4; i++) {
      void *ret;
      pthread_join(th[i], &ret);
      total += (long)ret;
    }
  }
  printf("%ld\n", total);
  return 0;
}
