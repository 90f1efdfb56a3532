// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *a = malloc(6);
  memcpy(a, argv[2], 6);
  int r = strcoll(a, argv[2]); // BUG
  printf("%d\n", r > 0);
  free(a);
  return 0;
}
