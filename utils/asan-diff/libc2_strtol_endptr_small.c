// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int end[1];
  long v = strtol(argv[1], (char **)end, 10); // BUG
  printf("%ld %d\n", v, end[0] != 0);
  return 0;
}
