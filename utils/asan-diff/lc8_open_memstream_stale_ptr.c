// EXPECT: heap-use-after-free
// open_memstream's buffer pointer is read after one fflush, then more output makes glibc reallocate it; the old pointer is printed.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *buf = NULL;
  size_t len = 0;
  FILE *ms = open_memstream(&buf, &len);
  fprintf(ms, "header:%s;", argv[1]);
  fflush(ms);
  const char *header = buf;
  int n = atoi(argv[1]);
  for (int i = 0; i < n * 40; i++)
    fprintf(ms, "%s,", argv[2]);
  fflush(ms);
  printf("%.8s %zu\n", header, len); // BUG
  fclose(ms);
  free(buf);
  return 0;
}
