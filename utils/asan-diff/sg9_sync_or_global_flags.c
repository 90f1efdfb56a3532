// EXPECT: global-buffer-overflow
// A feature bitmap of 4 words in a global; the word index for feature
// number f is f / 32, but feature 130 is accepted by a `<= 4 * 32` check,
// so __sync_fetch_and_or (lock or) writes the fifth word.
#include <stdio.h>
#include <stdlib.h>

static unsigned feature_bits[4];

__attribute__((noinline)) static void enable(int f) {
  if (f < 0 || f > 4 * 32 + 4) return; /* off by a few */
  __sync_fetch_and_or(&feature_bits[f / 32], 1u << (f % 32)); // BUG
}

int main(int argc, char **argv) {
  enable(3);
  enable(atoi(argv[1]) * 3);           /* 30 */
  enable(atoi(argv[1]) * 13);          /* 130 */
  unsigned acc = 0;
  for (int i = 0; i < 4; i++) acc ^= feature_bits[i];
  printf("%u %d\n", acc, argc);
  return 0;
}
