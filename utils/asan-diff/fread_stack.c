// EXPECT: stack-buffer-overflow
#include <stdio.h>
int main(int argc, char **argv) {
  char b[10];
  FILE *f = fopen("long.txt", "r");
  size_t n = fread(b, 1, 20, f); // BUG
  fclose(f);
  printf("%zu %d\n", n, b[0]);
  return 0;
}
