// EXPECT: none
// Threads on small stacks (4 * PTHREAD_STACK_MIN, set with
// pthread_attr_setstacksize) recurse moderately with arrays, longjmp out
// of the bottom and use alloca between rounds; many rounds of threads.
#include <alloca.h>
#include <limits.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static void sink(jmp_buf *jb, int d, volatile long *acc) {
  int arr[24];
  for (int i = 0; i < 24; i++) arr[i] = d + i;
  *acc += arr[23];
  if (d == 0) longjmp(*jb, 1);
  sink(jb, d - 1, acc);
}

static void *thread_fn(void *arg) {
  long id = (long)arg;
  volatile long acc = 0; /* changed between setjmp and longjmp */
  for (int r = 0; r < 40; r++) {
    jmp_buf jb;
    if (!setjmp(jb)) sink(&jb, 10 + (int)(r + id) % 20, &acc);
    int sz = 16 + (r * 13) % 200;
    char *a = alloca(sz);
    memset(a, (int)id, sz);
    acc += a[sz - 1];
  }
  return (void *)acc;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 4 * PTHREAD_STACK_MIN);
  long total = 0;
  for (int round = 0; round < n * 2; round++) {
    pthread_t th[4];
    for (long i = 0; i < 4; i++)
      if (pthread_create(&th[i], &attr, thread_fn, (void *)i) != 0) return 1;
    for (int i = 0; i < 4; i++) {
      void *ret;
      pthread_join(th[i], &ret);
      total += (long)ret;
    }
  }
  pthread_attr_destroy(&attr);
  printf("%ld\n", total);
  return 0;
}
