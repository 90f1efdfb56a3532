// EXPECT: global-buffer-overflow
// An audio meter averages the last block of 16-bit samples kept in a
// global. The block length comes from the configuration (64) and the sum
// loop uses `<=`; at -O2 the loop is vectorized eight samples at a time
// and the extra sample is read in the scalar remainder, past the array.
#include <stdio.h>
#include <stdlib.h>

static short g_block[64];

__attribute__((noinline)) static void capture(int seed) {
  for (int i = 0; i < 64; i++)
    g_block[i] = (short)((i * 37 + seed) % 2000 - 1000);
}

__attribute__((noinline)) static int mean_abs(int n) {
  long acc = 0;
  for (int i = 0; i <= n; i++) {
    short s = g_block[i]; // BUG
    acc += s < 0 ? -s : s;
  }
  return (int)(acc / n);
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 6 + 4; /* 64 */
  capture(argc);
  printf("mean |x| = %d\n", mean_abs(n));
  return 0;
}
