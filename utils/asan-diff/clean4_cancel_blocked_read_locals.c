// EXPECT: none
// Threads block in read() on a pipe eight frames down a recursion; each
// frame pushes a cleanup handler whose argument is one of its own local
// arrays. main cancels every thread; the handlers read those arrays during
// the cancellation unwind and accumulate into a global under a mutex.
// Later rounds reuse the stacks for recursion with bigger arrays.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static long unwound;
static int fds[2];
static pthread_barrier_t ready;

static void tally(void *arg) {
  const short *v = arg;
  long s = 0;
  for (int i = 0; i < 21; i++) s += v[i];
  pthread_mutex_lock(&mu);
  unwound += s;
  pthread_mutex_unlock(&mu);
}

__attribute__((noinline)) static void block_deep(int d, int id) {
  short v[21];
  for (int i = 0; i < 21; i++) v[i] = (short)(d * 3 + i + id);
  pthread_cleanup_push(tally, v);
  if (d == 0) {
    char c;
    pthread_barrier_wait(&ready);
    for (;;) read(fds[0], &c, 1); /* cancellation point, never satisfied */
  }
  block_deep(d - 1, id);
  pthread_cleanup_pop(0);
}

static void *blocker(void *arg) {
  block_deep(8, (int)(long)arg);
  return NULL;
}

__attribute__((noinline)) static long heavy(int d) {
  long big[200];
  for (int i = 0; i < 200; i++) big[i] = d ^ i;
  return d ? big[199] + heavy(d - 1) : big[0];
}

static void *worker(void *arg) {
  return (void *)heavy(15 + (int)(long)arg);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  if (pipe(fds) != 0) return 1;
  long extra = 0;
  for (int round = 0; round < n; round++) {
    pthread_t th[4];
    pthread_barrier_init(&ready, NULL, 5);
    for (long i = 0; i < 4; i++) pthread_create(&th[i], NULL, blocker, (void *)i);
    pthread_barrier_wait(&ready);
    for (int i = 0; i < 4; i++) pthread_cancel(th[i]);
    for (int i = 0; i < 4; i++) {
      void *ret;
      pthread_join(th[i], &ret);
      extra += ret == PTHREAD_CANCELED;
    }
    pthread_barrier_destroy(&ready);
    for (long i = 0; i < 4; i++) pthread_create(&th[i], NULL, worker, (void *)i);
    for (int i = 0; i < 4; i++) {
      void *ret;
      pthread_join(th[i], &ret);
      extra += (long)ret;
    }
  }
  printf("%ld %ld\n", unwound, extra);
  return 0;
}
