// EXPECT: global-buffer-overflow
// Each of 4 threads fills two __thread int[8] arrays; thread 2 writes one
// element past the end of the first, into the second (thread-locals get no
// redzones).
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static __thread int tfirst[8];
static __thread int tsecond[8];
static int lim;
static void *work(void *p) {
  long id = (long)p;
  int n = id == 2 ? lim : 8;
  for (int i = 0; i < n; i++) tfirst[i] = (int)id + i; // BUG
  for (int i = 0; i < 8; i++) tsecond[i] += (int)id * i;
  long s = 0;
  for (int i = 0; i < 8; i++) s += tfirst[i] + tsecond[i];
  return (void *)s;
}
int main(int argc, char **argv) {
  lim = atoi(argv[1]) - 1; /* 9 */
  pthread_t t[4];
  long s = 0;
  for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < 4; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld\n", s);
  return 0;
}
