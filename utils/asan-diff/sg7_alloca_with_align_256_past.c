// EXPECT: dynamic-stack-buffer-overflow
// A DMA staging area is taken from the stack with
// __builtin_alloca_with_align (256-byte aligned); the copy loop uses the
// rounded-up transfer size instead of the allocated size.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static unsigned stage(const char *src, size_t n) {
  unsigned char *buf = __builtin_alloca_with_align(n, 256 * 8);
  size_t xfer = (n + 3) & ~(size_t)3;  /* round up to whole words */
  for (size_t i = 0; i < xfer; i++)
    buf[i] = (unsigned char)src[i % 26]; // BUG
  unsigned h = 0;
  for (size_t i = 0; i < n; i++) h = h * 131 + buf[i];
  return h + (unsigned)((size_t)buf & 255);
}
int main(int argc, char **argv) {
  size_t n = (size_t)atoi(argv[1]) + 3;  /* 13 bytes, copied as 16 */
  printf("%u %d\n", stage(argv[2], n), argc);
  return 0;
}
