// EXPECT: heap-use-after-free
// The contents are copied again from the old block after realloc already moved them.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  size_t cap = atoi(argv[1]);
  char *buf = malloc(cap);
  memcpy(buf, argv[2], cap);
  char *nbuf = realloc(buf, cap * 2);
  memcpy(nbuf, buf, cap); // BUG
  printf("%.*s\n", (int)cap, nbuf);
  free(nbuf);
  return 0;
}
