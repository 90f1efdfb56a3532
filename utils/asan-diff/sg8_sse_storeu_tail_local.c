// EXPECT: stack-buffer-overflow
// A hex encoder writes its output 16 bytes at a time with unaligned SSE
// stores and rounds the output length up to a multiple of 16 instead of
// finishing with a byte loop: for 12 input bytes (24 hex digits) the
// second store covers bytes 16..31 of a 25-byte local buffer.
#include <emmintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static void hex16(char *out, const unsigned char *in,
                                            size_t n) {
  static const char digits[] = "0123456789abcdef";
  for (size_t o = 0; o < 2 * n; o += 16) {
    char tmp[16];
    for (int k = 0; k < 16; k++) {
      size_t b = (o + k) / 2;
      unsigned char v = b < n ? in[b] : 0;
      tmp[k] = digits[(o + k) & 1 ? v & 15 : v >> 4];
    }
    _mm_storeu_si128((__m128i *)(out + o), _mm_loadu_si128((__m128i *)tmp)); // BUG
  }
}

int main(int argc, char **argv) {
  unsigned char id[12];
  char text[25];
  for (int i = 0; i < 12; i++) id[i] = (unsigned char)(argv[2][i] * argc);
  size_t n = (size_t)atoi(argv[1]) + 2; /* 12 */
  hex16(text, id, n);
  text[24] = 0;
  printf("%s\n", text);
  return 0;
}
