// EXPECT: none
// strftime into a buffer of exactly the result plus terminator, and into a too-small one (returns 0, the caller checks); asctime_r/ctime_r into 26 bytes; strptime, mktime, timegm on live structs; times into a full struct tms.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/times.h>
#include <time.h>
int main(int argc, char **argv) {
  time_t t = (time_t)atoi(argv[1]) * 86400 * 400;
  struct tm *tm = malloc(sizeof *tm);
  gmtime_r(&t, tm);
  char *exact = malloc(20);
  size_t n1 = strftime(exact, 20, "%Y-%m-%d %H:%M:%S", tm);
  char tiny[8];
  size_t n2 = strftime(tiny, sizeof tiny, "%Y-%m-%d", tm);
  if (n2 == 0)
    strcpy(tiny, "-");
  char a[26], c[26];
  asctime_r(tm, a);
  ctime_r(&t, c);
  struct tm parsed;
  memset(&parsed, 0, sizeof parsed);
  char *rest = strptime(exact, "%Y-%m-%d", &parsed);
  parsed.tm_isdst = -1;
  time_t back = mktime(&parsed);
  time_t g = timegm(tm);
  struct tms *pt = malloc(sizeof *pt);
  clock_t now = times(pt);
  struct tm lt;
  localtime_r(&t, &lt);
  printf("%zu %s %zu %s %.24s %.24s %s %d %d %d %d\n", n1, exact, n2, tiny, a, c, rest, back != (time_t)-1, g == t,
         now != (clock_t)-1, lt.tm_year > 0);
  free(pt);
  free(exact);
  free(tm);
  return 0;
}
