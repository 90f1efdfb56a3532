// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  time_t t = atoi(argv[1]);
  struct tm *tm = malloc(sizeof *tm);
  free(tm);
  struct tm *r = localtime_r(&t, tm); // BUG
  printf("%d\n", r != 0);
  return 0;
}
