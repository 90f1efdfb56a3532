// EXPECT: none
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long rec(int depth, int n) {
  if (depth == 0) return 0;
  char *a = alloca(n + depth);
  int vla[n + depth];
  memset(a, depth, n + depth);
  for (int i = 0; i < n + depth; i++) vla[i] = a[i] + i;
  long s = rec(depth - 1, n);
  return s + vla[n + depth - 1] + a[0];
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long tot = 0;
  for (int r = 0; r < 20; r++) tot += rec(30, n + r);
  printf("%ld\n", tot);
  return 0;
}
