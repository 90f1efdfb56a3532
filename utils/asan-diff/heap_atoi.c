// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = malloc(4);
  memcpy(s, "1234", 4);
  printf("%d\n", atoi(s)); // BUG
  free(s);
  return 0;
}
