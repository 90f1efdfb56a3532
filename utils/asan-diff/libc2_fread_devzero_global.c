// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
long rec[3];
int main(int argc, char **argv) {
  FILE *f = fopen("/dev/zero", "r");
  size_t n = fread(rec, sizeof(long), atoi(argv[1]) - 6, f); // BUG
  fclose(f);
  printf("%zu %ld\n", n, rec[0]);
  return 0;
}
