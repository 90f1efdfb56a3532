// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *p = malloc(100);
  memset(p, 'a', 100);
  p = realloc(p, atoi(argv[1]));
  printf("%c\n", p[20]); // BUG
  free(p);
  return 0;
}
