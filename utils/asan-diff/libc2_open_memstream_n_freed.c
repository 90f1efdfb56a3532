// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *buf = 0;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  int *cnt = malloc(sizeof *cnt);
  free(cnt);
  fprintf(f, "%s%n", argv[2], cnt); // BUG
  fclose(f);
  printf("%zu\n", len);
  free(buf);
  return 0;
}
