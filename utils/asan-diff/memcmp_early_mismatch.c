// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *a = malloc(8);
  memcpy(a, "zzzzzzzz", 8);
  int r = memcmp(a, argv[2], atoi(argv[1]) + 6); // BUG
  printf("%d\n", r > 0);
  free(a);
  return 0;
}
