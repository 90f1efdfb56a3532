// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[4];
  memcpy(b, argv[2], 4);
  int r = strcmp(b, argv[2]); // BUG
  printf("%d\n", r);
  return 0;
}
