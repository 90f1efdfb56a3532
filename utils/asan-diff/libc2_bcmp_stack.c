// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
int main(int argc, char **argv) {
  char a[8];
  memcpy(a, argv[2], 8);
  int r = bcmp(a, argv[2], atoi(argv[1]) + 2); // BUG
  printf("%d\n", r);
  return 0;
}
