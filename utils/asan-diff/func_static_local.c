// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int *counter(void) { static int c[4]; return c; }
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 6;
  counter()[k] = 1; // BUG
  printf("%d\n", counter()[0]);
  return 0;
}
