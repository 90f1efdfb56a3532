// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
int main(int argc, char **argv) {
  char *b = malloc(10);
  memcpy(b, argv[2], 10);
  char *p = index(b, 'z'); // BUG
  printf("%d\n", p != 0);
  free(b);
  return 0;
}
