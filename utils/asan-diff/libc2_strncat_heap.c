// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *d = malloc(8);
  strcpy(d, "ab");
  strncat(d, argv[2], atoi(argv[1])); // BUG
  puts(d);
  free(d);
  return 0;
}
