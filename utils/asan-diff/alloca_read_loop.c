// EXPECT: dynamic-stack-buffer-overflow
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long checksum(int n) {
  long s = 0;
  for (int round = 1; round <= 3; round++) {
    unsigned char *b = alloca(n + round);
    memset(b, round, n + round);
    for (int i = 0; i <= n + round; i++) s += b[i]; // BUG
  }
  return s;
}
int main(int argc, char **argv) {
  printf("%ld\n", checksum(atoi(argv[1])));
  return 0;
}
