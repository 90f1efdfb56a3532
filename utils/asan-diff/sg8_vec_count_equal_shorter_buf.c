// EXPECT: stack-buffer-overflow
// Counting the positions where two fingerprints agree. They are of
// different lengths (40 and 32 bytes) and the loop uses the length of the
// first; the vectorized compare loads 16 bytes of each at a time and the
// last iterations read past the 32-byte local.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static int same_bytes(const unsigned char *a,
                                                const unsigned char *b,
                                                int n) {
  int same = 0;
  for (int i = 0; i < n; i++)
    same += a[i] == b[i]; // BUG
  return same;
}

int main(int argc, char **argv) {
  unsigned char fa[40], fb[32];
  int n = atoi(argv[1]) * 4; /* 40 */
  for (int i = 0; i < 40; i++) fa[i] = (unsigned char)(i * 3);
  for (int i = 0; i < 32; i++) fb[i] = (unsigned char)(i * 3 + (i & argc));
  printf("%d of %d\n", same_bytes(fa, fb, n), n);
  return 0;
}
