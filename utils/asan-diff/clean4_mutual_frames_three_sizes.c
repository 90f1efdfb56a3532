// EXPECT: none
// Mutual recursion of three functions whose frames differ in size: a
// 72 KiB frame (beyond the fake stack's largest class, so on the real
// stack), a 6 KiB one and a 200-byte one; each passes a pointer to its
// array down and reads the caller's array through it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long huge_frame(int d, const char *up);
static long mid_frame(int d, const char *up);

__attribute__((noinline)) static long small_frame(int d, const char *up) {
  char s[200];
  memcpy(s, up, sizeof s);
  s[199] = (char)d;
  if (d <= 0) return s[0] + s[199];
  return s[199] + (d % 3 == 0 ? huge_frame(d - 1, s) : mid_frame(d - 1, s));
}

__attribute__((noinline)) static long mid_frame(int d, const char *up) {
  char m[6 * 1024];
  memcpy(m, up, 200);
  memset(m + 200, d, sizeof m - 200);
  if (d <= 0) return m[6143];
  return m[6143] + m[10] + small_frame(d - 1, m);
}

__attribute__((noinline)) static long huge_frame(int d, const char *up) {
  char h[72 * 1024];
  memcpy(h, up, 200);
  memset(h + 200, d + 1, sizeof h - 200);
  if (d <= 0) return h[sizeof h - 1];
  return h[sizeof h - 1] + h[199] + small_frame(d - 1, h);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  char seed[200];
  const char *text = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  for (int i = 0; i < 200; i++) seed[i] = text[i % 26];
  long total = 0;
  for (int r = 0; r < n * 10; r++) total += small_frame(40 + r % 20, seed);
  printf("%ld\n", total);
  return 0;
}
