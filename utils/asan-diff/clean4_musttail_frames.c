// EXPECT: none
// Guaranteed tail calls (__attribute__((musttail))) out of functions that
// have address-taken local arrays of their own: each fills and reads its
// array through a helper before the tail call, and passes on only values
// and pointers into the caller's caller's (still live) storage.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static long digest(const unsigned char *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s = s * 3 + p[i];
  return s % 1000003;
}

static long step_b(int k, long acc, long *out);

__attribute__((noinline)) static long step_a(int k, long acc, long *out) {
  unsigned char buf[48];
  memset(buf, k & 0xff, sizeof buf);
  buf[47] = (unsigned char)acc;
  acc = (acc + digest(buf, 48)) % 1000000007L;
  out[k % 8] += buf[47];
  if (k == 0) return acc;
  __attribute__((musttail)) return step_b(k - 1, acc, out);
}

__attribute__((noinline)) static long step_b(int k, long acc, long *out) {
  unsigned char wide[300];
  for (int i = 0; i < 300; i++) wide[i] = (unsigned char)(i ^ k);
  acc = (acc * 7 + digest(wide, 300)) % 1000000007L;
  out[(k + 3) % 8] += wide[299];
  if (k == 0) return acc;
  __attribute__((musttail)) return step_a(k - 1, acc, out);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long out[8] = {0};
  long total = 0;
  for (int r = 0; r < n; r++) total += step_a(20000 + r, r, out);
  for (int i = 0; i < 8; i++) total += out[i];
  printf("%ld\n", total);
  return 0;
}
