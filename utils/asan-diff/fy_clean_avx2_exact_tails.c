// EXPECT: none
// FLAGS: -march=x86-64-v3
// Loops vectorized for AVX2 over arrays whose lengths are not multiples of
// the vector width (37 floats, 29 ints, 61 bytes): the vector body plus
// its scalar or masked remainder must stay exactly inside each heap,
// stack and global array. Includes a conditional store (masked), a
// reduction, a byte histogram and an in-place reverse.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

float gsrc[37], gdst[37];

__attribute__((noinline)) static void clamp(float *d, const float *s, int n,
                                            float lo) {
  for (int i = 0; i < n; i++)
    if (s[i] > lo) d[i] = s[i];
}

__attribute__((noinline)) static long sum_ints(const int *v, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += v[i] * 3 - 1;
  return s;
}

__attribute__((noinline)) static void reverse_bytes(unsigned char *b, int n) {
  for (int i = 0; i < n / 2; i++) {
    unsigned char t = b[i];
    b[i] = b[n - 1 - i];
    b[n - 1 - i] = t;
  }
}

int main(int argc, char **argv) {
  int k = atoi(argv[1]);
  for (int i = 0; i < 37; i++) gsrc[i] = (float)(i - k);
  clamp(gdst, gsrc, 37, 0.0f);
  int *v = malloc(29 * sizeof *v);
  for (int i = 0; i < 29; i++) v[i] = i ^ k;
  unsigned char bytes[61];
  for (int i = 0; i < 61; i++) bytes[i] = (unsigned char)argv[2][i % 26];
  reverse_bytes(bytes, 61);
  int hist[256] = {0};
  for (int i = 0; i < 61; i++) hist[bytes[i]]++;
  printf("%.1f %ld %d %d\n", gdst[36], sum_ints(v, 29), hist['A'], bytes[0]);
  free(v);
  return 0;
}
