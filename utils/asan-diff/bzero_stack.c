// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
int main(int argc, char **argv) {
  char b[12];
  b[0] = 'x';
  bzero(b, 3 + atoi(argv[1])); // BUG
  printf("%d\n", b[0]);
  return 0;
}
