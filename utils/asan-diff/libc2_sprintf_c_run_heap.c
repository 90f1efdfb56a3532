// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *b = malloc(5);
  const char *s = argv[2];
  sprintf(b, "%c%c%c%c%c", s[0], s[1], s[2], s[3], s[4]); // BUG
  printf("%c\n", b[0]);
  free(b);
  return 0;
}
