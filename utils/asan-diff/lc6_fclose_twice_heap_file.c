// EXPECT: double-free
// fclose called twice on the same stream: glibc frees the FILE a second time.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  FILE *f = fopen("long.txt", "r");
  int c = fgetc(f);
  fclose(f);
  int r = fclose(f); // BUG
  printf("%c %d %d\n", c, r, atoi(argv[1]));
  return 0;
}
