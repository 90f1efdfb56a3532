// EXPECT: none
// memcpy, memmove, memcmp, memchr and memset between stack arrays that
// are declared next to each other, always exactly up to their ends, with
// odd sizes, overlapping memmove inside one array, and copies into the
// last bytes of a destination.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static int work(const char *src, int v) {
  char a[13], b[13], c[29];
  unsigned char d[7], e[64];
  memcpy(a, src, sizeof a);
  memcpy(b, a, sizeof b);
  int cmp = memcmp(a, b, sizeof a);
  memcpy(c, a, sizeof a);
  memcpy(c + sizeof a, b, sizeof b);
  memset(c + 26, v, 3);
  memmove(c + 1, c, sizeof c - 1);
  memmove(c, c + 1, sizeof c - 1);
  memset(d, 0x5a, sizeof d);
  memset(e, v, sizeof e);
  memcpy(e + sizeof e - sizeof d, d, sizeof d);
  const char *hit = memchr(c, src[12], sizeof c);
  const unsigned char *miss = memchr(d, 0, sizeof d);
  int r = cmp + (hit ? (int)(hit - c) : -1) + (miss ? 1000 : 0);
  r += memcmp(e + 57, d, 7) == 0;
  r += c[28] + e[63] + a[12] + b[12];
  return r;
}

__attribute__((noinline)) static int shifts(int n) {
  int w[17];
  for (int i = 0; i < 17; i++) w[i] = i * n;
  for (int k = 1; k < 17; k++) {
    memmove(w + k, w, (17 - k) * sizeof w[0]);
    memmove(w, w + k, (17 - k) * sizeof w[0]);
  }
  return w[0] + w[16];
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  long total = 0;
  for (int r = 0; r < 14; r++) total += work(argv[2] + r, v + r) + shifts(r);
  printf("%ld %d\n", total, argc);
  return 0;
}
