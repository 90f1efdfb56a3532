// EXPECT: stack-buffer-overflow
// Two always-inline helpers each keep a scratch array; at every level
// their locals end up in the caller's frame. The second helper's digit
// loop writes one digit too many for a 5-digit number into its 5-byte
// array (it forgot that its buffer holds no terminator).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline __attribute__((always_inline)) int sum_sq(int a) {
  int sq[4];
  for (int i = 0; i < 4; i++) sq[i] = (a + i) * (a + i);
  return sq[0] + sq[1] + sq[2] + sq[3];
}

static inline __attribute__((always_inline)) int digits_rev(int v, int ndig) {
  char d[5];
  for (int i = 0; i <= ndig; i++) {
    d[i] = (char)('0' + v % 10); // BUG
    v /= 10;
  }
  int r = 0;
  for (int i = 0; i < 5; i++) r = r * 10 + (d[i] - '0');
  return r;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]) * 1234 + argc; /* 12341: 5 digits */
  int ndig = (int)strlen(argv[1]) + 3; /* 5 */
  printf("%d %d\n", sum_sq(v % 100), digits_rev(v, ndig));
  return 0;
}
