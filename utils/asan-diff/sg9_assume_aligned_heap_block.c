// EXPECT: heap-buffer-overflow
// A block copy promises the compiler 32-byte alignment with
// __builtin_assume_aligned (true: posix_memalign) and copies whole 32-byte
// blocks; the block count rounds up, so the last block reads past the source.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static void copy_blocks(double *dst, const double *src, size_t bytes) {
  const double *s = __builtin_assume_aligned(src, 32);
  double *d = __builtin_assume_aligned(dst, 32);
  size_t blocks = (bytes + 31) / 32;
  for (size_t b = 0; b < blocks; b++)
    for (int k = 0; k < 4; k++)
      d[b * 4 + k] = s[b * 4 + k]; // BUG
}

int main(int argc, char **argv) {
  size_t n = atoi(argv[1]);           /* 10 doubles = 80 bytes */
  double *src, *dst;
  if (posix_memalign((void **)&src, 32, n * sizeof(double)) ||
      posix_memalign((void **)&dst, 32, 128))
    return 1;
  for (size_t i = 0; i < n; i++) src[i] = i * 0.5 + argc;
  copy_blocks(dst, src, n * sizeof(double));
  printf("%f\n", dst[3]);
  free(src);
  free(dst);
  return 0;
}
