// EXPECT: stack-buffer-overflow
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char digits[4];
  memset(digits, argv[1][0], sizeof digits);
  intmax_t v = strtoimax(digits, 0, 10); // BUG
  printf("%jd\n", v);
  return 0;
}
