// EXPECT: heap-buffer-overflow
// Per-channel _Atomic double accumulators on the heap; `acc[ch] += x` on an
// _Atomic double is a compare-exchange loop (or atomicrmw fadd). The channel
// count is read from the header but the sample's channel id is 1-based.
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  int channels = atoi(argv[1]) - 6;    /* 4 */
  _Atomic double *acc = malloc(channels * sizeof *acc);
  for (int i = 0; i < channels; i++) atomic_init(&acc[i], 0.0);
  const char *s = argv[2];
  for (int i = 0; i < 12; i++) {
    int ch = 1 + i % channels;         /* 1..4: should be 0..3 */
    double x = (s[i] - 'A') * 0.5;
    if (ch == channels)
      acc[ch] += x; // BUG
    else
      acc[ch] += x;
  }
  printf("%f\n", atomic_load(&acc[1]));
  free(acc);
  return 0;
}
