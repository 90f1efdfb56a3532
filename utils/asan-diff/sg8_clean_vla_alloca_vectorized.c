// EXPECT: none
// VLAs and alloca blocks of run-time sizes processed by vectorizable
// loops exactly to their ends: a VLA sum, polyline segments stopping at
// n - 1, an alloca'd upper-cased copy with room for its NUL, and a VLA
// of structs filled and reversed in place.
#include <alloca.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pt { float x, y; };

__attribute__((noinline)) static long total(const int *v, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += v[i];
  return s;
}
__attribute__((noinline)) static float length(const struct pt *p, int n) {
  float len = 0;
  for (int i = 0; i + 1 < n; i++) {
    float dx = p[i + 1].x - p[i].x, dy = p[i + 1].y - p[i].y;
    len += sqrtf(dx * dx + dy * dy);
  }
  return len;
}
__attribute__((noinline)) static unsigned upper_hash(const char *s) {
  size_t n = strlen(s);
  char *tmp = alloca(n + 1);
  size_t i = 0;
  do {
    tmp[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
  } while (s[i++]);
  unsigned h = 0;
  for (size_t k = 0; k < n; k++) h = h * 131 + (unsigned char)tmp[k];
  return h;
}
__attribute__((noinline)) static void reverse(struct pt *p, int n) {
  for (int i = 0, j = n - 1; i < j; i++, j--) {
    struct pt t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 3 + 7; /* 37 */
  int v[n];
  for (int i = 0; i < n; i++) v[i] = (i * 13 + argc) % 50;
  struct pt pts[n / 3];
  for (int i = 0; i < n / 3; i++) { pts[i].x = (float)(i * 3); pts[i].y = (float)(i % 5); }
  reverse(pts, n / 3);
  printf("%ld %.2f %u\n", total(v, n), length(pts, n / 3), upper_hash(argv[2]));
  return 0;
}
