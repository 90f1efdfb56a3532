// EXPECT: none
// Frames of 1 MiB (main and a thread with a 16 MiB stack), a recursion of
// 256 KiB frames ten deep, each filled to its last byte and handing its
// array's end to the next level; threads run the same while main does.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define QUARTER (256 * 1024)
#define MIB (1024 * 1024)

__attribute__((noinline)) static long quarter(int d, const char *up) {
  char q[QUARTER];
  memset(q, d + 1, sizeof q);
  q[0] = up[0];
  long s = q[QUARTER - 1] + q[0];
  if (d > 0) s += quarter(d - 1, q + QUARTER - 1);
  return s;
}

__attribute__((noinline)) static long mebibyte(int tag) {
  char m[MIB];
  memset(m, tag, sizeof m);
  m[MIB - 1] = (char)(tag + 1);
  return m[MIB - 1] + m[MIB / 2] + quarter(10, m + MIB - 1);
}

static void *thread_fn(void *arg) {
  return (void *)mebibyte((int)(long)arg);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long total = 0;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, 16 * MIB);
  for (int r = 0; r < n / 2; r++) {
    pthread_t th[2];
    for (long i = 0; i < 2; i++) pthread_create(&th[i], &attr, thread_fn, (void *)(i + r));
    total += mebibyte(r);
    for (int i = 0; i < 2; i++) {
      void *ret;
      pthread_join(th[i], &ret);
      total += (long)ret;
    }
  }
  pthread_attr_destroy(&attr);
  printf("%ld\n", total);
  return 0;
}
