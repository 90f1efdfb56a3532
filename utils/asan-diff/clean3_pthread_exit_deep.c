// EXPECT: none
// Threads leave through pthread_exit from 100 frames down (each frame
// with an array, one registered as a cleanup handler argument); the main
// thread then starts new threads, which run over the reused stacks and
// return normally.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static long cleaned;

static void on_cleanup(void *arg) {
  const int *vals = arg;
  pthread_mutex_lock(&mu);
  cleaned += vals[0] + vals[9];
  pthread_mutex_unlock(&mu);
}

__attribute__((noinline)) static void down(int depth, long id) {
  char pad[96];
  memset(pad, (int)id, sizeof pad);
  if (depth == 0) {
    int vals[10];
    for (int i = 0; i < 10; i++) vals[i] = (int)id + i;
    pthread_cleanup_push(on_cleanup, vals);
    pthread_exit((void *)(id * 10 + pad[95]));
    pthread_cleanup_pop(0);
  }
  down(depth - 1, id);
  pad[0]++;
}

static void *leaver(void *arg) {
  down(100, (long)arg);
  return NULL;
}

__attribute__((noinline)) static long sum_deep(int depth) {
  long a[8];
  for (int i = 0; i < 8; i++) a[i] = depth + i;
  return depth ? sum_deep(depth - 1) + a[7] : a[7];
}

static void *stayer(void *arg) {
  return (void *)(sum_deep(150) + (long)arg);
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) / 2;
  pthread_t th[8];
  long total = 0;
  for (int wave = 0; wave < 3; wave++) {
    for (long i = 0; i < n; i++)
      pthread_create(&th[i], NULL, wave % 2 ? stayer : leaver, (void *)i);
    for (int i = 0; i < n; i++) {
      void *r;
      pthread_join(th[i], &r);
      total += (long)r;
    }
  }
  printf("%ld %ld %d\n", total, cleaned, argc);
  return 0;
}
