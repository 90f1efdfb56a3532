// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  FILE *f = fopen("long.txt", "r");
  fpos_t *pos = malloc(sizeof *pos);
  fgetc(f);
  fgetpos(f, pos);
  fseek(f, atoi(argv[1]), SEEK_SET);
  free(pos);
  int r = fsetpos(f, pos); // BUG
  printf("%d %c\n", r, fgetc(f));
  fclose(f);
  return 0;
}
