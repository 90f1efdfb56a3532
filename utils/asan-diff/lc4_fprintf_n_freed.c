// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *count = malloc(sizeof *count);
  free(count);
  FILE *f = fopen("/dev/null", "w");
  fprintf(f, "%s%n\n", argv[2], count); // BUG
  fclose(f);
  printf("done\n");
  return 0;
}
