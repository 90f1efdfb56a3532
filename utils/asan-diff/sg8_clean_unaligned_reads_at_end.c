// EXPECT: none
// Unaligned 2-, 4-, 8- and 16-byte reads and writes (memcpy and SSE) that
// end exactly at the last byte of odd-sized local and global buffers, and
// the last field of the last element of packed-struct arrays.
#include <emmintrin.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct __attribute__((packed)) rec { uint8_t tag; uint32_t len; uint16_t crc; };
static uint8_t g_blob[29];

__attribute__((noinline)) static uint64_t tail_u64(const uint8_t *p, size_t n) {
  uint64_t v;
  memcpy(&v, p + n - 8, 8);
  return v;
}
__attribute__((noinline)) static uint32_t tail_u32(const uint8_t *p, size_t n) {
  uint32_t v;
  memcpy(&v, p + n - 4, 4);
  return v;
}
__attribute__((noinline)) static uint16_t csum16(const uint8_t *p, size_t n) {
  uint32_t s = 0;
  size_t i = 0;
  for (; i + 2 <= n; i += 2) { uint16_t w; memcpy(&w, p + i, 2); s += w; }
  if (i < n) s += p[i];
  return (uint16_t)s;
}
__attribute__((noinline)) static void store16_tail(char *out, size_t n, char c) {
  _mm_storeu_si128((__m128i *)(out + n - 16), _mm_set1_epi8(c));
}

int main(int argc, char **argv) {
  uint8_t loc[13];
  char text[25];
  struct rec recs[5];
  int k = atoi(argv[1]);
  for (int i = 0; i < 13; i++) loc[i] = (uint8_t)(i * k);
  for (int i = 0; i < 29; i++) g_blob[i] = (uint8_t)(i + argc);
  for (int i = 0; i < 5; i++) { recs[i].tag = (uint8_t)i; recs[i].len = (uint32_t)(i * 7); recs[i].crc = (uint16_t)i; }
  memset(text, 'a', sizeof text);
  store16_tail(text, sizeof text, 'z');
  uint64_t r = tail_u64(loc, 13) ^ tail_u64(g_blob, 29) ^ tail_u32(loc, 13) ^ csum16(loc, 13) ^
               csum16(g_blob, 29) ^ recs[4].len ^ recs[4].crc ^ (uint8_t)text[24];
  printf("%llx\n", (unsigned long long)r);
  return 0;
}
