// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long work(int k) {
  char big[96 * 1024];
  memset(big, 3, sizeof big);
  big[sizeof big + k] = 1; // BUG
  return big[100];
}
int main(int argc, char **argv) {
  printf("%ld\n", work(atoi(argv[1]) - 7));
  return 0;
}
