// EXPECT: none
// FLAGS: -mavx512f -mavx512vl -mllvm -prefer-predicate-over-epilogue=predicate-dont-vectorize
// Tail-folded vector loops (the last partial vector done with masked loads
// and stores) over local arrays whose lengths are not multiples of the
// vector width, each stopping exactly at the end: the disabled lanes
// address memory past the arrays but must not be checked.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void clamp(int *d, const int *s, int n) {
  for (int i = 0; i < n; i++) d[i] = s[i] < 0 ? 0 : s[i] > 99 ? 99 : s[i];
}
__attribute__((noinline)) static float dot(const float *a, const float *b, int n) {
  float s = 0;
  for (int i = 0; i < n; i++) s += a[i] * b[i];
  return s;
}
__attribute__((noinline)) static void bytes_inc(unsigned char *p, int n) {
  for (int i = 0; i < n; i++) p[i] += 3;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 3 + 7; /* 37 */
  int s[37], d[37];
  float a[19], b[19];
  unsigned char c[45];
  for (int i = 0; i < 37; i++) s[i] = (i * 37 + argc) % 150 - 25;
  for (int i = 0; i < 19; i++) { a[i] = (float)i; b[i] = 0.5f; }
  for (int i = 0; i < 45; i++) c[i] = (unsigned char)i;
  clamp(d, s, n);
  bytes_inc(c, 45);
  long r = d[0] + d[36] + c[44] + (long)dot(a, b, 19);
  printf("%ld\n", r);
  return 0;
}
