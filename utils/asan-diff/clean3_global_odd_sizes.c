// EXPECT: none
// Globals of 1, 3, 7, 33 and 63 bytes (and a 5-byte const) accessed to
// their last byte: memcpy of the whole object, byte loops, wide loads of
// their tails done with memcpy into a local, and strings that exactly
// fill their arrays.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g1[1];
static char g3[3] = "ab";
unsigned char g7[7];
static char g33[33];
char g63[63];
static const char g5[5] = {'q', 'r', 's', 't', 'u'};
static volatile int vi;

__attribute__((noinline)) static uint64_t tail8(const void *p, size_t n) {
  uint64_t w = 0;
  memcpy(&w, (const char *)p + n - 8, 8);
  return w;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  g1[0] = (char)v;
  memset(g7, v, sizeof g7);
  memcpy(g33, argv[2], 26);
  memcpy(g33 + 26, "0123456", 7);
  for (int i = 0; i < 63; i++) g63[i] = (char)('a' + i % 26);
  g63[62] = '\0';
  char copy3[3], copy5[5], copy63[63];
  memcpy(copy3, g3, sizeof g3);
  memcpy(copy5, g5, sizeof g5);
  memcpy(copy63, g63, sizeof g63);
  uint64_t t = tail8(g33, sizeof g33) + tail8(g63, sizeof g63);
  uint32_t w4;
  memcpy(&w4, g7 + 3, 4);
  uint16_t w2;
  memcpy(&w2, g3 + 1, 2);
  vi = 0;
  t += (unsigned char)g1[vi] + w4 + w2;
  vi = 6;
  t += g7[vi];
  vi = 32;
  t += (unsigned char)g33[vi];
  vi = 4;
  t += (unsigned char)g5[vi];
  t += strlen(g63) + strlen(copy63) + (unsigned char)copy5[4] + (unsigned char)copy3[2];
  printf("%llu %.5s %d\n", (unsigned long long)t, g5, argc);
  return 0;
}
