// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *b = malloc(10);
  snprintf(b, 30, "%s", argv[2]); // BUG
  puts(b); free(b);
  return 0;
}
