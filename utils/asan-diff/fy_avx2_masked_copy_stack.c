// EXPECT: stack-buffer-overflow
// FLAGS: -march=x86-64-v3
// A bytes-to-ints conversion with a condition per element, which the
// vectorizer for AVX2 can turn into masked loads from the source; the
// loop bound includes the terminator position of a stack buffer that has
// no terminator slot.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static int digits_to_ints(const char *s, int *out,
                                                    int n) {
  int k = 0;
  for (int i = 0; i < n; i++) {
    char c = s[i]; // BUG
    out[i] = (c >= '0' && c <= '9') ? c - '0' : -1;
    k += out[i] >= 0;
  }
  return k;
}

int main(int argc, char **argv) {
  char digits[24];
  memset(digits, '7', sizeof digits);
  memcpy(digits, argv[1], 2);
  int out[32];
  int k = digits_to_ints(digits, out, atoi(argv[1]) + 15);    /* 25 */
  printf("%d %d\n", k, out[0]);
  return 0;
}
