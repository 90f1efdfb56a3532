// EXPECT: none
// FLAGS: -mavx2
// AVX2 masked stores and gathers whose inactive lanes lie past the arrays:
// no lane that runs touches a redzone.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void keep_pos(int *dst, const int *src, int n) {
  for (int i = 0; i < n; i++)
    if (src[i] > 0) dst[i] = src[i];
}
__attribute__((noinline)) static long pick(const int *tbl, const int *idx, const unsigned char *on, int n) {
  long s = 0;
  for (int i = 0; i < n; i++)
    if (on[i]) s += tbl[idx[i]];
  return s;
}
int main(int argc, char **argv) {
  int src[64], dst[60], tbl[20], idx[64];
  unsigned char on[64];
  for (int i = 0; i < 64; i++) src[i] = i < 60 ? i % 3 - 1 : -1; /* lanes 60..63 off */
  for (int i = 0; i < 60; i++) dst[i] = 0;
  keep_pos(dst, src, atoi(argv[1]) * 6 + 4); /* 64 */
  for (int i = 0; i < 20; i++) tbl[i] = i;
  for (int i = 0; i < 64; i++) { idx[i] = i % 7 ? i % 20 : 1000; on[i] = i % 7 != 0; }
  printf("%d %ld %d\n", dst[58], pick(tbl, idx, on, 64), argc);
  return 0;
}
