// EXPECT: leak
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *buf = 0;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  fprintf(f, "%s %s", argv[1], argv[2]);
  fclose(f);
  printf("%zu\n", len);
  buf = 0;
  return 0;
}
