// EXPECT: dynamic-stack-buffer-overflow
// A VLA sized by the number of samples is summed with `i <= n`; at -O2 the
// sum is vectorized and the last element past the VLA is read in the
// remainder.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static long total(const int *v, int n) {
  long s = 0;
  for (int i = 0; i <= n; i++) s += v[i]; // BUG
  return s;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 3 + 7; /* 37 */
  int samples[n];
  for (int i = 0; i < n; i++) samples[i] = (i * 13 + argc) % 50;
  printf("%ld\n", total(samples, n));
  return 0;
}
