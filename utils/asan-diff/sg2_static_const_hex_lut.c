// EXPECT: global-buffer-overflow
// A static const lookup table inside a function is indexed with a nibble
// that can be 16 (one past the end).
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static char digit(unsigned v) {
  static const char hex[16] = {'0','1','2','3','4','5','6','7','8','9','a','b','c','d','e','f'};
  return hex[v]; // BUG
}
int main(int argc, char **argv) {
  unsigned v = (unsigned)atoi(argv[1]) + 6; /* 16 */
  printf("%c%c\n", digit(v - 5), digit(v));
  return 0;
}
