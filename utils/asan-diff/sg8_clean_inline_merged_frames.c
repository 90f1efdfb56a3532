// EXPECT: none
// Always-inline helpers with scratch arrays (merged into their callers'
// frames), a helper passing its caller's buffer on in tail position, and
// a chain of small static functions the optimizer flattens, all writing
// and reading their arrays up to exactly the last element.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline __attribute__((always_inline)) int digits_rev(int v, int ndig) {
  char d[5];
  for (int i = 0; i < ndig; i++) {
    d[i] = (char)('0' + v % 10);
    v /= 10;
  }
  int r = 0;
  for (int i = 0; i < ndig; i++) r = r * 10 + (d[i] - '0');
  return r;
}
static inline __attribute__((always_inline)) int sum_sq(int a) {
  int sq[4];
  for (int i = 0; i < 4; i++) sq[i] = (a + i) * (a + i);
  return sq[0] + sq[1] + sq[2] + sq[3];
}
__attribute__((noinline)) static size_t copy_field(char *dst, size_t cap, const char *src) {
  size_t i = 0;
  for (; i + 1 < cap && src[i]; i++) dst[i] = src[i];
  dst[i] = 0;
  return i;
}
__attribute__((noinline)) static size_t read_name(char *dst, size_t cap, const char *src) {
  return copy_field(dst, cap, src);
}
static int level3(const int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s ^= a[i]; return s; }
static int level2(int seed) { int t[6]; for (int i = 0; i < 6; i++) t[i] = seed + i; return level3(t, 6); }
static int level1(int seed) { int u[3] = {seed, seed * 2, level2(seed)}; return level3(u, 3); }

int main(int argc, char **argv) {
  int v = atoi(argv[1]) * 1234 + argc;
  int ndig = (int)strlen(argv[1]) + 3; /* 5 */
  char name[20];
  size_t n = read_name(name, sizeof name, argv[2]);
  printf("%d %d %zu %s %d\n", sum_sq(v % 100), digits_rev(v, ndig), n, name, level1(v));
  return 0;
}
