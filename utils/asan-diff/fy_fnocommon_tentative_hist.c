// EXPECT: global-buffer-overflow
// FLAGS: -fno-common -std=gnu89
// Old C code with tentative definitions (no initializer) built with
// -fno-common (the default since GCC 10 / Clang 11): a histogram of byte
// values by decade is indexed by value / 10 with 10 buckets, and 'Z' (90)
// lands in bucket 9 but a value of 100 or more goes past the end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int hist[10];
int total;

static void count(const char *s, int scale) {
  while (*s) {
    int v = (unsigned char)*s++ + scale;
    hist[v / 10]++; // BUG
    total++;
  }
}

int main(int argc, char **argv) {
  int i;
  count(argv[2], atoi(argv[1]));
  for (i = 0; i < 10; i++)
    printf("%d ", hist[i]);
  printf("total %d\n", total);
  return 0;
}
