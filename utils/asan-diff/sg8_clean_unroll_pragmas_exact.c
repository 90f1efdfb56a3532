// EXPECT: none
// Loops with explicit unroll and vectorize pragmas (unroll_count(8),
// vectorize_width(16), interleave_count(4)) whose run-time trip counts
// leave remainders, each running exactly to the end of its local or
// global array.
#include <stdio.h>
#include <stdlib.h>

static float g_w[53];

__attribute__((noinline)) static void reset(int *slots, int count) {
#pragma clang loop unroll_count(8) vectorize(disable)
  for (int i = 0; i < count; i++) slots[i] = -1;
}
__attribute__((noinline)) static void scale(float *w, int n, float k) {
#pragma clang loop vectorize_width(16) interleave_count(4)
  for (int i = 0; i < n; i++) w[i] *= k;
}
__attribute__((noinline)) static unsigned mix(const unsigned char *p, int n) {
  unsigned h = 0;
#pragma clang loop unroll(full)
  for (int i = 0; i < 11; i++) h = h * 31 + p[i];
#pragma clang loop unroll_count(4)
  for (int i = 11; i < n; i++) h ^= p[i] << (i & 7);
  return h;
}

int main(int argc, char **argv) {
  int k = atoi(argv[1]);
  int slots[30];
  unsigned char bytes[27];
  reset(slots, 3 * k);
  for (int i = 0; i < 53; i++) g_w[i] = (float)i;
  scale(g_w, 53, 0.5f);
  for (int i = 0; i < 27; i++) bytes[i] = (unsigned char)(i * argc);
  printf("%d %.1f %u\n", slots[29], g_w[52], mix(bytes, 27));
  return 0;
}
