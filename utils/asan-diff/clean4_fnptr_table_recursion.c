// EXPECT: none
// Recursion through a table of function pointers whose frames have
// different sizes (16 bytes to 3 KiB of arrays); each level picks the
// next function from the data and hands it a pointer into its own array.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef long (*step_fn)(int depth, unsigned key, const unsigned char *up);
static step_fn table[4];

static long go(int depth, unsigned key, const unsigned char *up) {
  if (depth == 0) return up[0];
  return table[key % 4](depth - 1, key * 1103515245u + 12345u, up);
}

static long tiny(int d, unsigned key, const unsigned char *up) {
  unsigned char t[16];
  memcpy(t, up, sizeof t);
  return t[15] + go(d, key, t);
}
static long small(int d, unsigned key, const unsigned char *up) {
  unsigned char s[120];
  memcpy(s, up, 16);
  memset(s + 16, (int)key, sizeof s - 16);
  return s[119] + go(d, key, s + 100);
}
static long medium(int d, unsigned key, const unsigned char *up) {
  unsigned char m[900];
  memcpy(m + 884, up, 16);
  memset(m, 1, 884);
  return m[899] + go(d, key, m + 884);
}
static long large(int d, unsigned key, const unsigned char *up) {
  unsigned char l[3072];
  memset(l, up[3], sizeof l);
  return l[3071] + go(d, key, l + 3056);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  table[0] = tiny;
  table[1] = small;
  table[2] = medium;
  table[3] = large;
  unsigned char seed[16];
  const char *text = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  memcpy(seed, text, 16);
  long total = 0;
  for (int r = 0; r < n * 100; r++) total += go(100 + r % 50, (unsigned)r, seed);
  printf("%ld\n", total);
  return 0;
}
