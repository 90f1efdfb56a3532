// EXPECT: none
// A goto loop re-enters a block several times; the block's locals (one
// with a cleanup attribute) are used only while the block is active, and
// a pointer set in the block is reset before the block ends.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static long released;
static void release(int *p) { released += *p; }
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int *cur = NULL;
  long sum = 0;
  int i = 0;
top:
  if (cur) abort();
  {
    __attribute__((cleanup(release))) int handle = n + i;
    char name[12];
    snprintf(name, sizeof name, "item%d", i);
    cur = &handle;
    sum += *cur + (long)strlen(name) + name[4];
    cur = NULL;
  }
  if (++i < 5) goto top;
  switch (n % 3) {
    int hidden;
  case 0:
  case 1:
    hidden = n;
    sum += hidden;
    break;
  default:
    break;
  }
  printf("%ld %ld %d\n", sum, released, argc);
  return 0;
}
