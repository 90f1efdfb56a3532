// EXPECT: stack-buffer-overflow
// strtoul base 16 of an 8-digit hex field copied without a terminator.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char hex[8];
  for (int i = 0; i < 8; i++)
    hex[i] = "0123456789abcdef"[(argv[2][i] - 'A') % 16];
  unsigned long v = strtoul(hex, NULL, 16); // BUG
  printf("%lx\n", v);
  return 0;
}
