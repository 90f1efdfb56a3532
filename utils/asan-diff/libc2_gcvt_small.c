// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char out[6];
  char *r = gcvt(atof(argv[1]) / 3, 12, out); // BUG
  printf("%d\n", r != 0);
  return 0;
}
