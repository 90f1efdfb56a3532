// EXPECT: none
// asctime_r/ctime_r into 26 bytes, gmtime_r/strptime into real struct tm, strftime sized exactly, times/setitimer/clock_getcpuclockid/getentropy/sigpending/sigemptyset/sigwait into their own types.
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>
char g[26];
sigset_t gset;
int main(int argc, char **argv) {
  setenv("TZ", "UTC", 1);
  time_t t = atoi(argv[1]) * 100000;
  struct tm tm;
  gmtime_r(&t, &tm);
  char *b = malloc(26);
  asctime_r(&tm, b);
  ctime_r(&t, g);
  struct tm parsed;
  memset(&parsed, 0, sizeof parsed);
  strptime(argv[1], "%H", &parsed);
  char day[11];
  size_t sl = strftime(day, sizeof day, "%Y-%m-%d", &tm);
  struct tms tb;
  times(&tb);
  struct itimerval nv, ov;
  memset(&nv, 0, sizeof nv);
  setitimer(ITIMER_REAL, &nv, &ov);
  clockid_t id;
  int cr = clock_getcpuclockid(0, &id);
  unsigned char rnd[16];
  int er = getentropy(rnd, sizeof rnd);
  sigset_t *pend = malloc(sizeof *pend);
  sigpending(pend);
  sigemptyset(&gset);
  sigaddset(&gset, SIGUSR1);
  sigprocmask(SIG_BLOCK, &gset, 0);
  raise(SIGUSR1);
  int sig = 0;
  sigwait(&gset, &sig);
  printf("%s%s%d %zu %s %d %d %d %d\n", b, g, parsed.tm_hour, sl, day, cr, er, sig,
         sigismember(pend, SIGUSR1));
  free(pend);
  free(b);
  return 0;
}
