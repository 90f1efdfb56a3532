// EXPECT: stack-buffer-underflow
// An 80000-byte local int array read at index -1.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long scan(int k) {
  int big[20000];
  memset(big, 1, sizeof big);
  big[19999] = k;
  return big[k] + big[19999]; // BUG
}
int main(int argc, char **argv) {
  printf("%ld\n", scan(atoi(argv[1]) - 11));
  return 0;
}
