// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *d = malloc(8);
  strcpy(d, argv[2]); // BUG
  puts(d); free(d);
  return 0;
}
