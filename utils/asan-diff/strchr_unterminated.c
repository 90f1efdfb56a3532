// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[8];
  memcpy(b, argv[2], 8);
  char *q = strchr(b, 'z'); // BUG
  printf("%p\n", (void *)q);
  return 0;
}
