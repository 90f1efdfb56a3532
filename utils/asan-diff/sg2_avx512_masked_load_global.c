// EXPECT: global-buffer-overflow
// FLAGS: -mavx512f -mavx512bw
// A conditional sum over a global array that the vectorizer turns into
// masked loads (llvm.masked.load); the active lane past the end reads the
// redzone.
#include <stdio.h>
#include <stdlib.h>
int vals[60];
unsigned char use[64];
__attribute__((noinline)) static long masked_sum(int n) {
  long s = 0;
  for (int i = 0; i < n; i++)
    if (use[i]) s += vals[i]; // BUG
  return s;
}
int main(int argc, char **argv) {
  for (int i = 0; i < 60; i++) vals[i] = i * argc;
  int last = atoi(argv[1]) * 6; /* 60 */
  for (int i = 0; i < 64; i++) use[i] = (i % 7 == 0) || i == last;
  printf("%ld\n", masked_sum(64));
  return 0;
}
