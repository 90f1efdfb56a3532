// EXPECT: none
// Threads run one after another on glibc's cached stacks with differently shaped frames, leave by pthread_exit from deep frames, by cancellation with cleanup handlers, and by return.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
static long sink;
static void cleanup(void *p) { sink += ((char *)p)[0]; }
__attribute__((noinline)) static void deep_exit(int n, long acc) {
  char pad[48 + 16 * (n % 3)];
  memset(pad, n, sizeof pad);
  if (n == 0) pthread_exit((void *)(acc + pad[5]));
  deep_exit(n - 1, acc + pad[sizeof pad - 1]);
}
static void *exiter(void *a) { deep_exit((int)(long)a, 0); return 0; }
static void *canceled(void *a) {
  char buf[100];
  memset(buf, 'c', sizeof buf);
  pthread_cleanup_push(cleanup, buf);
  for (;;) { usleep(100); sink += buf[(long)a % 100]; }
  pthread_cleanup_pop(0);
  return 0;
}
static void *wide(void *a) {
  long big[300];
  for (int i = 0; i < 300; i++) big[i] = i * (long)a;
  char s[7];
  snprintf(s, sizeof s, "%ld", big[299] % 1000);
  return (void *)(long)strlen(s);
}
static void *narrow(void *a) {
  int x[3] = {1, 2, 3};
  int *p = x;
  __asm__ volatile("" : : "r"(p) : "memory");
  return (void *)(long)(p[2] + (int)(long)a);
}
int main(int argc, char **argv) {
  long tot = 0;
  for (int round = 0; round < 6; round++) {
    pthread_t t;
    void *r;
    void *(*fns[3])(void *) = {exiter, wide, narrow};
    pthread_create(&t, 0, fns[round % 3], (void *)(long)(round + 4));
    pthread_join(t, &r);
    tot += (long)r;
    pthread_create(&t, 0, canceled, (void *)(long)round);
    usleep(500);
    pthread_cancel(t);
    pthread_join(t, &r);
    tot += r == PTHREAD_CANCELED;
  }
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
  pthread_t d;
  pthread_create(&d, &at, narrow, (void *)1);
  pthread_attr_destroy(&at);
  usleep(2000);
  printf("%ld %d %d\n", tot, sink > 0, argc);
  return 0;
}
