// EXPECT: dynamic-stack-buffer-overflow
// Samples are collected into an alloca'ed array of `n` ints and sorted
// with qsort(buf, n + 1, ...) -- the count included the terminator slot
// the array never got.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a;
  int y = *(const int *)b; // BUG
  return (x > y) - (x < y);
}
__attribute__((noinline)) static int median(int n, int seed) {
  int *buf = alloca(n * sizeof(int));
  for (int i = 0; i < n; i++) buf[i] = (seed * (i + 1) * 7919) % 101;
  qsort(buf, n + 1, sizeof(int), cmp_int);
  return buf[n / 2];
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  printf("%d\n", median(n, argc));
  return 0;
}
