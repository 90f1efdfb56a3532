// EXPECT: global-buffer-overflow
// A hash that consumes its input eight bytes at a time (memcpy into a
// uint64_t, which becomes one unaligned 8-byte load at -O2) and only masks
// the last word after loading it whole. Hashing a 13-byte global string
// loads bytes 8..15 of it: three past the end.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char g_service[] = "auth-gateway"; /* 13 bytes with the NUL */

__attribute__((noinline)) static uint64_t hash_words(const char *s, size_t n) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8); // BUG
    if (n - i < 8) w &= (1ULL << (8 * (n - i))) - 1;
    h = (h ^ w) * 0x100000001b3ULL;
  }
  return h;
}

int main(int argc, char **argv) {
  g_service[0] = argc > 5 ? 'A' : 'a';
  printf("%016llx\n", (unsigned long long)hash_words(g_service, strlen(g_service)));
  return 0;
}
