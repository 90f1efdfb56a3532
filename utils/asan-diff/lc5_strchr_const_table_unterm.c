// EXPECT: global-buffer-overflow
// A hex-digit table declared with exactly 16 chars has no terminator; strchr validates with it.
#include <stdio.h>
#include <string.h>
static const char hexdigits[16] = "0123456789abcdef";
int main(int argc, char **argv) {
  int c = argv[2][argc + 10] | 0x20;
  const char *d = strchr(hexdigits, c); // BUG
  printf("%td\n", d ? d - hexdigits : -1);
  return 0;
}
