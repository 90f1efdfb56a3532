// EXPECT: none
// Globals aligned to 16 and 32 bytes with odd sizes, accessed up to their
// last byte with byte loops, 16-byte SSE loads that end exactly at the
// end, and 8-byte stores that stay inside.
#include <emmintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

_Alignas(16) unsigned char g_a16[48];
_Alignas(32) char g_b32[21];
_Alignas(16) static uint64_t g_c16[3];
__attribute__((aligned(32))) int g_d32[5];

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int i = 0; i < 48; i++) g_a16[i] = (unsigned char)(i + n);
  __m128i acc = _mm_setzero_si128();
  for (int i = 0; i < 48; i += 16)
    acc = _mm_add_epi8(acc, _mm_loadu_si128((const __m128i *)(g_a16 + i)));
  for (int i = 0; i < 21; i++) g_b32[i] = (char)('a' + i);
  volatile int k = 2 + (argc - 3);
  g_c16[k] = 7;
  g_d32[k + 2] = 9;
  unsigned char out[16];
  _mm_storeu_si128((__m128i *)out, acc);
  printf("%d %c %llu %d\n", out[15], g_b32[20],
         (unsigned long long)g_c16[2], g_d32[4]);
  return 0;
}
