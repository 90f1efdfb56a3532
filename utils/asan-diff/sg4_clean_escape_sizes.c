// EXPECT: none
// Locals of every size from 1 to 40 bytes (and 4095..4097), each passed to
// a non-inlined function that reads and writes its last byte and a full
// 8-byte word ending exactly at its end where it is big enough.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static unsigned edge(void *p, size_t n) {
  unsigned char *b = p;
  b[n - 1] ^= 0x5a;
  unsigned s = b[0] + b[n - 1];
  if (n >= 8) { unsigned long w; memcpy(&w, b + n - 8, 8); s += (unsigned)(w >> 3); }
  if (n >= 4) { unsigned w; memcpy(&w, b + n - 4, 4); s += w & 0xff; }
  return s;
}
#define L(N) { char a##N[N]; memset(a##N, N, N); t += edge(a##N, N); }
int main(int argc, char **argv) {
  unsigned t = (unsigned)atoi(argv[1]);
  for (int r = 0; r < 2; r++) {
    L(1) L(2) L(3) L(4) L(5) L(6) L(7) L(8) L(9) L(10) L(11) L(12) L(13) L(14)
    L(15) L(16) L(17) L(18) L(19) L(20) L(21) L(22) L(23) L(24) L(25) L(26) L(27)
    L(28) L(29) L(30) L(31) L(32) L(33) L(34) L(35) L(36) L(37) L(38) L(39) L(40)
    L(4095) L(4096) L(4097)
  }
  printf("%u %d\n", t, argc);
  return 0;
}
