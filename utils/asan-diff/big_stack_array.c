// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char big[1 << 20];
  memset(big, 1, sizeof big);
  int k = atoi(argv[1]) - 10;
  big[(1 << 20) + k] = 2; // BUG
  printf("%d\n", big[5]);
  return 0;
}
