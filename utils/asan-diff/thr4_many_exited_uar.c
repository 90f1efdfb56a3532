// EXPECT: stack-use-after-return
// The first of 8 threads run one after another returns the address of its
// local array; main reads it after all 8 have been joined.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int seed;
__attribute__((noinline)) static void fill(int *a, int n) { for (int i = 0; i < n; i++) a[i] = seed + i; }
static void *work(void *p) {
  int local[24];
  char pad[200];
  fill(local, 24);
  memset(pad, (int)(long)p, sizeof pad);
  local[0] += pad[5];
  int *volatile r = local;
  return r;
}
int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  int *first = 0;
  for (long i = 0; i < 8; i++) {
    pthread_t t;
    void *r;
    pthread_create(&t, 0, work, (void *)i);
    pthread_join(t, &r);
    if (i == 0) first = r;
  }
  printf("%d\n", first[seed]); // BUG
  return 0;
}
