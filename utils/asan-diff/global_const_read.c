// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
const int primes[5] = {2,3,5,7,11};
int main(int argc, char **argv) {
  volatile int k = atoi(argv[1]) - 5;
  printf("%d\n", primes[k]); // BUG
  return 0;
}
