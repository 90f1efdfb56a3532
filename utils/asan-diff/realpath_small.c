// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char out[16];
  char *r = realpath("long.txt", out); // BUG
  printf("%c\n", r ? r[0] : '-');
  return 0;
}
