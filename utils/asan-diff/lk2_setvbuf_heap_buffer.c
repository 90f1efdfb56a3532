// EXPECT: none
// stdout is given a malloc'd buffer with setvbuf; the FILE (a libc global) holds it until exit.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char *buf = malloc(n * 100);
  setvbuf(stdout, buf, _IOFBF, n * 100);
  buf = 0;
  printf("buffered %d\n", n);
  return 0;
}
