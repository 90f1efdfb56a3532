// EXPECT: none
// Vectorizable loops (sums, copies, compares, transforms, reverse scans)
// over local and global arrays of odd lengths (7, 13, 37, 101) of char,
// short, int, double and a 12-byte struct, every one stopping exactly at
// the last element: the vector body plus scalar remainder never read or
// write past an array.
#include <stdio.h>
#include <stdlib.h>

struct v3 { float x, y, z; };
static short g_s[101];
static double g_d[37];

__attribute__((noinline)) static long sum_s(const short *a, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  return s;
}
__attribute__((noinline)) static void scale_d(double *a, int n, double k) {
  for (int i = 0; i < n; i++) a[i] = a[i] * k + 1.0;
}
__attribute__((noinline)) static int eq_c(const char *a, const char *b, int n) {
  int e = 0;
  for (int i = 0; i < n; i++) e += a[i] == b[i];
  return e;
}
__attribute__((noinline)) static void copy_rev(int *dst, const int *src, int n) {
  for (int i = n - 1; i >= 0; i--) dst[n - 1 - i] = src[i];
}
__attribute__((noinline)) static float norm_sum(const struct v3 *v, int n) {
  float s = 0;
  for (int i = 0; i < n; i++) s += v[i].x * v[i].x + v[i].y * v[i].y + v[i].z * v[i].z;
  return s;
}
__attribute__((noinline)) static void diff(const int *in, int *out, int n) {
  out[0] = in[0];
  for (int i = 1; i < n; i++) out[i] = in[i] - in[i - 1];
}

int main(int argc, char **argv) {
  int k = atoi(argv[1]); /* 10 */
  char a[13], b[13];
  int src[37], dst[37], d2[37];
  struct v3 pts[7];
  for (int i = 0; i < 101; i++) g_s[i] = (short)(i * k - 300);
  for (int i = 0; i < 37; i++) { g_d[i] = i * 0.25; src[i] = i * i + argc; }
  for (int i = 0; i < 13; i++) { a[i] = (char)('a' + i); b[i] = (char)('a' + (i * k) % 13); }
  for (int i = 0; i < 7; i++) { pts[i].x = (float)i; pts[i].y = 1.0f; pts[i].z = (float)-i; }
  scale_d(g_d, 37, 0.5);
  copy_rev(dst, src, 37);
  diff(dst, d2, 37);
  long r = sum_s(g_s, 101) + eq_c(a, b, 13) + d2[36] + (long)norm_sum(pts, 7) + (long)g_d[36];
  printf("%ld\n", r);
  return 0;
}
