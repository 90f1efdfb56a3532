// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  time_t t = 3600L * atoi(argv[1]);
  struct tm *tm = malloc(sizeof(struct tm) / 2);
  gmtime_r(&t, tm); // BUG
  printf("%d\n", tm->tm_sec);
  free(tm);
  return 0;
}
