// EXPECT: none
// Variable-length arrays whose size changes each loop iteration (each
// iteration's array is freed at the end of its block), a two-dimensional
// VLA, and VLAs in recursion sized by the depth.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static long use(const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s + p[n - 1];
}

__attribute__((noinline)) static long grid(int rows, int cols) {
  double m[rows][cols];
  for (int r = 0; r < rows; r++)
    for (int c = 0; c < cols; c++) m[r][c] = r * 0.5 + c;
  double t = 0;
  for (int r = 0; r < rows; r++) t += m[r][cols - 1];
  return (long)(t + m[rows - 1][cols - 1]);
}

__attribute__((noinline)) static long rec(int depth, int base) {
  int here[depth % 13 + 1];
  int n = (int)(sizeof here / sizeof here[0]);
  for (int i = 0; i < n; i++) here[i] = base + i;
  long s = use(here, n);
  if (depth > 0) s += rec(depth - 1, base + 1);
  return s + here[n - 1];
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  long total = 0;
  for (int it = 0; it < 200; it++) {
    int n = (it * 37 + v) % 300 + 1;
    int arr[n];
    for (int i = 0; i < n; i++) arr[i] = i ^ it;
    total += use(arr, n);
    if (it % 50 == 0) total += grid(it % 7 + 1, n % 11 + 1);
  }
  total += rec(500, v);
  printf("%ld %d\n", total, argc);
  return 0;
}
