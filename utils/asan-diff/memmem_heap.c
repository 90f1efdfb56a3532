// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#define _GNU_SOURCE
#include <string.h>
void *memmem(const void *, size_t, const void *, size_t);
int main(int argc, char **argv) {
  char *h = malloc(10);
  memcpy(h, argv[2], 10);
  void *q = memmem(h, 2 * atoi(argv[1]), "XYZ", 3); // BUG
  printf("%p\n", q);
  free(h);
  return 0;
}
