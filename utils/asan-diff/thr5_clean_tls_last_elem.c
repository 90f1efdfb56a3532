// EXPECT: none
// Each of 4 threads fills two adjacent __thread arrays exactly to their
// last element (argv-derived bound), memcpy's a full array into the other
// and reads the last element of each.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define N 16
static __thread long first[N];
static __thread char second[N];
static int lim;
static void *work(void *p) {
  long id = (long)p;
  for (int i = 0; i < lim; i++) first[i] = id * i;
  memset(second, (int)id + 'a', sizeof second);
  long copy[N];
  memcpy(copy, first, sizeof first);
  return (void *)(copy[lim - 1] + first[lim - 1] + second[lim - 1]);
}
int main(int argc, char **argv) {
  lim = atoi(argv[1]) + 6; /* 16 */
  pthread_t t[4];
  long s = 0;
  for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld\n", s);
  return 0;
}
