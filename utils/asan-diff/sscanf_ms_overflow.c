// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = 0;
  sscanf(argv[1], "%ms", &s);
  s[strlen(s) + 1] = 'x'; // BUG
  printf("%s\n", s);
  free(s);
  return 0;
}
