// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  struct timespec *ts = malloc(sizeof *ts);
  free(ts);
  int r = clock_getres(CLOCK_MONOTONIC, ts); // BUG
  printf("%d\n", r);
  return 0;
}
