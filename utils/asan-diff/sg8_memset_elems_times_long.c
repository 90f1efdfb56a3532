// EXPECT: stack-buffer-overflow
// Clearing a histogram of int counters with `memset(h, 0, bins *
// sizeof(long))`: the element type changed from long to int when the
// histogram moved to the stack, the size expression did not, and twice
// the array's bytes are cleared.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  int hist[16];
  size_t bins = (size_t)atoi(argv[1]) + 6; /* 16 */
  memset(hist, 0, bins * sizeof(long)); // BUG
  for (int i = 2; i < argc; i++)
    for (const char *p = argv[i]; *p; p++)
      hist[(unsigned char)*p % 16]++;
  int peak = 0;
  for (int i = 1; i < 16; i++)
    if (hist[i] > hist[peak]) peak = i;
  printf("peak bucket %d (%d)\n", peak, hist[peak]);
  return 0;
}
