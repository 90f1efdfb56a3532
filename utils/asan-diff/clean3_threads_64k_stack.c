// EXPECT: none
// Threads created with a 64 KiB stack (pthread_attr_setstacksize) recurse
// with a small array per frame, to a depth that fits, and zero a local
// struct in each frame; the main thread joins and sums.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Acc {
  long v[6];
  char tag[10];
};

__attribute__((noinline)) static long walk(int depth, const short *up) {
  short here[8];
  struct Acc acc;
  memset(&acc, 0, sizeof acc);
  for (int i = 0; i < 8; i++) here[i] = (short)(up[i] + 1);
  acc.v[5] = here[7];
  long s = acc.v[5] + acc.tag[9];
  if (depth > 0) s += walk(depth - 1, here);
  return s;
}

static void *run(void *arg) {
  long id = (long)arg;
  short base[8] = {0};
  long *out = malloc(sizeof *out);
  *out = 0;
  for (int r = 0; r < 20; r++) *out += walk(80 + (int)id * 5, base);
  return out;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) / 2;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  if (pthread_attr_setstacksize(&attr, 64 * 1024) != 0) return 1;
  pthread_t th[8];
  long total = 0;
  for (int wave = 0; wave < 3; wave++) {
    for (long i = 0; i < n; i++) pthread_create(&th[i], &attr, run, (void *)i);
    for (int i = 0; i < n; i++) {
      void *res;
      pthread_join(th[i], &res);
      total += *(long *)res;
      free(res);
    }
  }
  pthread_attr_destroy(&attr);
  printf("%ld %d\n", total, argc);
  return 0;
}
