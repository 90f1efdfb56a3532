// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *b = malloc(12);
  memset(b, 0, 12);
  long v;
  long *p = (long *)(b + atoi(argv[1]) - 5);
  v = *p; // BUG
  printf("%ld\n", v); free(b);
  return 0;
}
