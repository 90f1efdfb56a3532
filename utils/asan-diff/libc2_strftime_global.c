// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
char stamp[10];
int main(int argc, char **argv) {
  time_t t = atoi(argv[1]) * 100000000L;
  struct tm tm;
  gmtime_r(&t, &tm);
  size_t n = strftime(stamp, 64, "%Y-%m-%d %H:%M:%S", &tm); // BUG
  printf("%zu\n", n);
  return 0;
}
