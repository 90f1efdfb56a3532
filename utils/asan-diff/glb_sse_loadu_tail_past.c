// EXPECT: global-buffer-overflow
// A vectorised checksum loads 16 bytes at a time with an unaligned SSE2
// load and handles the tail with the same load, reading past a 40-byte
// global.
#include <emmintrin.h>
#include <stdio.h>
#include <stdlib.h>

unsigned char g_packet[40];

static unsigned checksum(const unsigned char *p, size_t n) {
  __m128i acc = _mm_setzero_si128();
  for (size_t i = 0; i < n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(p + i)); // BUG
    acc = _mm_add_epi8(acc, v);
  }
  unsigned char out[16];
  _mm_storeu_si128((__m128i *)out, acc);
  unsigned s = 0;
  for (int i = 0; i < 16; i++) s += out[i];
  return s;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int i = 0; i < 40; i++) g_packet[i] = (unsigned char)(i * n);
  volatile size_t len = sizeof g_packet + (size_t)(argc - 3);
  printf("%u\n", checksum(g_packet, len));
  return 0;
}
