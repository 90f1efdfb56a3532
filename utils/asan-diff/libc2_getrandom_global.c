// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
unsigned char seed[8];
int main(int argc, char **argv) {
  ssize_t n = getrandom(seed, atoi(argv[1]) + 6, 0); // BUG
  printf("%zd\n", n);
  return 0;
}
