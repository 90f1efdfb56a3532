// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  int v[2048];
  memset(v, 0, sizeof v);
  int k = 2048 + atoi(argv[1]) - 10;
  printf("%d\n", v[k]); // BUG
  return 0;
}
