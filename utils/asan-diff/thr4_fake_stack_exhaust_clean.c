// EXPECT: none
// 3 threads with 2 MiB stacks recurse 2500 frames deep with 400-byte local
// arrays whose addresses are passed down, more frames than a fake stack
// class holds; every frame's array is checked on the way back up.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static long bad;
__attribute__((noinline)) static long rec(int d, int id, int *up) {
  int arr[100];
  for (int i = 0; i < 100; i++) arr[i] = d * 3 + id + i;
  long from_up = up ? up[(d * 7) % 100] : 0;
  long r = d == 0 ? 0 : rec(d - 1, id, arr);
  for (int i = 0; i < 100; i++)
    if (arr[i] != d * 3 + id + i) bad++;
  return r + arr[99] + from_up;
}
static void *work(void *p) { return (void *)rec(2500, (int)(long)p, 0); }
int main(void) {
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstacksize(&at, 2 << 20);
  pthread_t t[3];
  long s = 0;
  for (long i = 0; i < 3; i++) pthread_create(&t[i], &at, work, (void *)i);
  for (int i = 0; i < 3; i++) { void *r; pthread_join(t[i], &r); s += (long)r; }
  s += rec(2500, 7, 0);
  printf("%ld bad=%ld\n", s, bad);
  return 0;
}
