// EXPECT: stack-buffer-underflow
// Delta-encoding a series in place from the back (so each value still sees
// its unmodified predecessor). The loop runs down to i == 0 and reads
// in[i - 1] there: one int before the only array of the frame.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void delta_encode(int *v, int n) {
  for (int i = n - 1; i >= 0; i--)
    v[i] = v[i] - v[i - 1]; // BUG
}

int main(int argc, char **argv) {
  int series[24];
  int n = atoi(argv[1]) * 2 + 4; /* 24 */
  for (int i = 0; i < 24; i++) series[i] = i * i + argc;
  delta_encode(series, n);
  long s = 0;
  for (int i = 0; i < 24; i++) s += series[i];
  printf("%ld\n", s);
  return 0;
}
