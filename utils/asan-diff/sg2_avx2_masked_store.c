// EXPECT: stack-buffer-overflow
// FLAGS: -mavx2
// A conditional copy the vectorizer turns into AVX2 masked stores
// (llvm.masked.store) at -O2; one active lane is past the destination.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void keep_pos(int *dst, const int *src, int n) {
  for (int i = 0; i < n; i++)
    if (src[i] > 0) dst[i] = src[i]; // BUG
}
int main(int argc, char **argv) {
  int src[64], dst[60];
  for (int i = 0; i < 64; i++) src[i] = i > 58 ? i : -i;
  for (int i = 0; i < 60; i++) dst[i] = 0;
  keep_pos(dst, src, atoi(argv[1]) * 6 + 4); /* 64: dst[59] is the last */
  printf("%d %d\n", dst[59], argc);
  return 0;
}
