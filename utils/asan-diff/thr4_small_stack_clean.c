// EXPECT: none
// 24 threads with 64 KiB stacks (in rounds of 6): local arrays, alloca,
// shallow recursion, snprintf into stack buffers, qsort of a stack array.
#include <alloca.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
__attribute__((noinline)) static int rec(int d) {
  char buf[200];
  memset(buf, d, sizeof buf);
  return d == 0 ? buf[199] : rec(d - 1) + buf[d];
}
static void *work(void *p) {
  long id = (long)p;
  int arr[500];
  for (int i = 0; i < 500; i++) arr[i] = (int)((i * 7919 + id) % 1000);
  qsort(arr, 500, sizeof arr[0], cmp);
  char line[96];
  snprintf(line, sizeof line, "thread %ld first %d last %d", id, arr[0], arr[499]);
  int n = 100 + (int)id * 50;
  char *a = alloca(n);
  memset(a, 'x', n);
  long r = (long)strlen(line) + a[n - 1] + rec(20) + arr[250];
  return (void *)r;
}
int main(void) {
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstacksize(&at, 64 * 1024);
  long s = 0;
  for (int r = 0; r < 4; r++) {
    pthread_t t[6];
    for (long i = 0; i < 6; i++) pthread_create(&t[i], &at, work, (void *)(r * 6 + i));
    for (int i = 0; i < 6; i++) { void *v; pthread_join(t[i], &v); s += (long)v; }
  }
  printf("%ld\n", s);
  return 0;
}
