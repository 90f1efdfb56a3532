// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *set = malloc(3);
  memcpy(set, "xyz", 3);
  size_t n = strcspn(argv[2], set); // BUG
  printf("%zu\n", n);
  free(set);
  return 0;
}
