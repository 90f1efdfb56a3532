// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char *p = malloc(n);
  memcpy(p, argv[2], n);
  char *q = strrchr(p, 'A'); // BUG
  printf("%ld\n", (long)(q - p));
  free(p);
  return 0;
}
