// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[6];
  memcpy(b, argv[2], 6);
  char *d = strndup(b, 2 * atoi(argv[1])); // BUG
  printf("%zu\n", strlen(d));
  free(d);
  return 0;
}
