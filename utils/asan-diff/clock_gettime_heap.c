// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  struct timespec *ts = malloc(8);
  clock_gettime(CLOCK_MONOTONIC, ts); // BUG
  printf("%d\n", ts->tv_sec >= 0);
  free(ts);
  return 0;
}
