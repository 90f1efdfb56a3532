// EXPECT: none
// strftime/wcsftime into exact-fit buffers and too-small ones (result 0), timegm, gettimeofday with NULL parts, nanosleep without rem.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <wchar.h>
int main(int argc, char **argv) {
  time_t t = 1234567890;
  struct tm tm;
  gmtime_r(&t, &tm);
  char *exact = malloc(11);                   /* "2009-02-13" and its terminator */
  size_t n = strftime(exact, 11, "%Y-%m-%d", &tm);
  char small[5];
  size_t n0 = strftime(small, sizeof small, "%Y-%m-%d", &tm); /* does not fit: 0 */
  char empty[1];
  size_t ne = strftime(empty, 1, "", &tm);    /* empty result */
  wchar_t *wexact = malloc(9 * sizeof(wchar_t));
  size_t wn = wcsftime(wexact, 9, L"%H:%M:%S", &tm);
  wchar_t wsmall[3];
  size_t wn0 = wcsftime(wsmall, 3, L"%H:%M:%S", &tm);
  struct tm *heap_tm = malloc(sizeof *heap_tm);
  *heap_tm = tm;
  heap_tm->tm_mday += 40;                     /* timegm normalises it */
  time_t back = timegm(heap_tm);
  struct timeval tv;
  gettimeofday(&tv, NULL);
  struct timezone tz;
  gettimeofday(&tv, &tz);
  struct timespec req = {0, 1000};
  nanosleep(&req, NULL);
  struct timespec rem;
  nanosleep(&req, &rem);
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  clock_getres(CLOCK_MONOTONIC, &ts);
  struct tms tmsb;
  clock_t ct = times(&tmsb);
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  getrusage(RUSAGE_THREAD, &ru);
  struct rlimit rl;
  getrlimit(RLIMIT_NOFILE, &rl);
  char asc[26];
  asctime_r(&tm, asc);
  char ctb[26];
  ctime_r(&t, ctb);
  time_t mk = mktime(&tm);
  printf("%zu %s %zu %zu %zu %ls %zu %ld %d %d %.3s %.3s %ld %d\n", n, exact, n0, ne, wn, wexact, wn0, (long)back,
         tv.tv_sec > 0, ct != (clock_t)-1, asc, ctb, (long)(mk != 0), argc);
  free(exact); free(wexact); free(heap_tm);
  return 0;
}
