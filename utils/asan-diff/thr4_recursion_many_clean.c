// EXPECT: none
// 12 threads at once each recurse 1500 frames deep with local arrays,
// pass pointers to the frames' arrays down the recursion, and read them back
// on the way up.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long rec(int d, int id, const int *parent) {
  int arr[24];
  for (int i = 0; i < 24; i++) arr[i] = (parent ? parent[i] : id) + d;
  if (d == 0) return arr[23];
  long below = rec(d - 1, id, arr);
  return below + arr[d % 24] - (parent ? parent[0] : 0);
}
static void *work(void *p) { return (void *)rec(1500, (int)(long)p, 0); }
int main(void) {
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstacksize(&at, 8 << 20);
  pthread_t t[12];
  for (long i = 0; i < 12; i++) pthread_create(&t[i], &at, work, (void *)i);
  long s = 0;
  for (int i = 0; i < 12; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  printf("%ld\n", s);
  return 0;
}
