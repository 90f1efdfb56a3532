// EXPECT: none
// Deep mutual recursion (5000 levels each way) with fixed arrays and VLAs
// of varying sizes, every access exactly in bounds, addresses escaping.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static unsigned mix(const unsigned char *p, size_t n) {
  unsigned h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
  return h;
}
static unsigned odd(int d, int seed);
__attribute__((noinline)) static unsigned even(int d, int seed) {
  char fixed[7];
  memset(fixed, d & 0x7f, sizeof fixed);
  if (d == 0) return mix((unsigned char *)fixed, sizeof fixed);
  return odd(d - 1, seed) ^ mix((unsigned char *)fixed, sizeof fixed);
}
__attribute__((noinline)) static unsigned odd(int d, int seed) {
  int n = 1 + (d + seed) % 13;
  unsigned char v[n];
  for (int i = 0; i < n; i++) v[i] = (unsigned char)(d + i);
  unsigned r = even(d - 1, seed);
  return r + mix(v, (size_t)n) + v[n - 1];
}
int main(int argc, char **argv) {
  unsigned t = 0;
  for (int round = 0; round < 3; round++) t += even(10000, atoi(argv[1]) + round);
  printf("%u %d\n", t, argc);
  return 0;
}
