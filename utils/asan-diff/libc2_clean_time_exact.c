// EXPECT: none
// Time conversions into buffers and structs of exactly the size they need.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <time.h>
char gstamp[20];
int main(int argc, char **argv) {
  time_t t = atoi(argv[1]) * 100000000L;
  struct tm *tm = malloc(sizeof *tm);
  gmtime_r(&t, tm);
  char *c = malloc(26);
  ctime_r(&t, c);
  char a[26];
  asctime_r(tm, a);
  size_t n = strftime(gstamp, sizeof gstamp, "%Y-%m-%d %H:%M:%S", tm);
  char tiny[4];
  size_t n0 = strftime(tiny, sizeof tiny, "%Y-%m-%d", tm);
  struct tm lt;
  localtime_r(&t, &lt);
  struct timespec *ts = malloc(sizeof *ts);
  clock_gettime(CLOCK_MONOTONIC, ts);
  clock_getres(CLOCK_REALTIME, ts);
  struct timeval tv;
  gettimeofday(&tv, 0);
  printf("%zu %zu %s %.24s %.24s %d %d\n", n, n0, gstamp, c, a, lt.tm_year > 0, ts->tv_nsec >= 0);
  free(ts);
  free(c);
  free(tm);
  return 0;
}
