// EXPECT: none
// Time and process calls writing into structures of exactly their size.
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
int main(int argc, char **argv) {
  struct tms *t = malloc(sizeof *t);
  clock_t c = times(t);
  struct itimerval *it = malloc(sizeof *it);
  getitimer(ITIMER_REAL, it);
  struct itimerval nv, old;
  memset(&nv, 0, sizeof nv);
  setitimer(ITIMER_VIRTUAL, &nv, &old);
  timer_t id;
  struct sigevent ev;
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_NONE;
  timer_create(CLOCK_MONOTONIC, &ev, &id);
  struct itimerspec ts, ots;
  memset(&ts, 0, sizeof ts);
  ts.it_value.tv_sec = atoi(argv[1]);
  timer_settime(id, 0, &ts, &ots);
  timer_delete(id);
  struct sysinfo *si = malloc(sizeof *si);
  sysinfo(si);
  double la[3];
  int nl = getloadavg(la, 3);
  uid_t r, e, s;
  getresuid(&r, &e, &s);
  time_t *now = malloc(sizeof *now);
  *now = 86400 * atoi(argv[1]);
  struct tm *tm = malloc(sizeof *tm);
  gmtime_r(now, tm);
  char *a = asctime(tm);
  char *ct = ctime(now);
  struct tm *lt = localtime(now);
  int *status = malloc(sizeof *status);
  pid_t pid = fork();
  if (pid == 0)
    _exit(3);
  waitpid(pid, status, 0);
  struct rusage ru;
  int st2;
  pid = fork();
  if (pid == 0)
    _exit(4);
  wait4(pid, &st2, 0, &ru);
  printf("%d %d %d %d %d %d %s%s%d %d %d\n", c > 0, it->it_value.tv_sec == 0, si->uptime > 0,
         nl, (int)r, (int)e, a, ct, lt->tm_year, WEXITSTATUS(*status), WEXITSTATUS(st2));
  free(status);
  free(tm);
  free(now);
  free(si);
  free(it);
  free(t);
  return 0;
}
