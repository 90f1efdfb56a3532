// EXPECT: heap-buffer-overflow
// FLAGS: -rtlib=compiler-rt
// A row of floats is narrowed to __bf16 into a heap buffer allocated with
// n bytes instead of n * sizeof(__bf16); the store of element n/2 is the
// first one past the block.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void narrow(__bf16 *dst, const float *src, int n) {
  for (int i = 0; i < n; i++) dst[i] = (__bf16)src[i]; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  float src[16];
  for (int i = 0; i < 16; i++) src[i] = i * 1.5f + argc;
  __bf16 *dst = malloc(n);             /* should be n * sizeof *dst */
  narrow(dst, src, n);
  printf("%f\n", (float)dst[1]);
  free(dst);
  return 0;
}
