// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = malloc(6);
  memcpy(s, argv[2], 6);
  char *d = strndup(s, 64); // BUG
  puts(d);
  free(d);
  free(s);
  return 0;
}
