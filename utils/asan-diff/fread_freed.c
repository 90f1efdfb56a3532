// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *b = malloc(32);
  free(b);
  FILE *f = fopen("long.txt", "r");
  size_t n = fread(b, 1, 32, f); // BUG
  fclose(f);
  printf("%zu\n", n);
  return 0;
}
