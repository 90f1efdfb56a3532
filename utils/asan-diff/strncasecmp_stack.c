// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
int main(int argc, char **argv) {
  char b[7];
  for (int i = 0; i < 7; i++) b[i] = argv[2][i] + 32;
  int r = strncasecmp(argv[2], b, atoi(argv[1])); // BUG
  printf("%d\n", r);
  return 0;
}
