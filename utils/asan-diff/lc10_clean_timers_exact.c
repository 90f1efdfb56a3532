// EXPECT: none
// Timers and sleeps with the right structures: a POSIX timer id in a
// timer_t, timer_settime with an old-value itimerspec, timer_gettime,
// a timerfd armed and read back into struct itimerspec, nanosleep and
// clock_nanosleep with remainder slots, setitimer/getitimer with
// struct itimerval, the process's and thread's CPU clock ids.
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  long ms = atoi(argv[1]);
  struct sigevent ev = {0};
  ev.sigev_notify = SIGEV_NONE;
  timer_t *tid = malloc(sizeof *tid);
  struct itimerspec *old = malloc(sizeof *old);
  struct itimerspec its = {{0, 0}, {1, ms * 1000000}};
  long left = -1;
  if (timer_create(CLOCK_MONOTONIC, &ev, tid) == 0) {
    timer_settime(*tid, 0, &its, old);
    struct itimerspec now;
    timer_gettime(*tid, &now);
    left = now.it_value.tv_sec;
    timer_delete(*tid);
  }
  int fd = timerfd_create(CLOCK_MONOTONIC, 0);
  struct itimerspec tf = {{0, 0}, {0, 0}};
  if (fd >= 0) {
    timerfd_settime(fd, 0, &its, old);
    timerfd_gettime(fd, &tf);
    close(fd);
  }
  struct timespec req = {0, 1000}, rem;
  nanosleep(&req, &rem);
  clock_nanosleep(CLOCK_MONOTONIC, 0, &req, &rem);
  struct itimerval iv = {{0, 0}, {5, 0}}, prev, cur;
  setitimer(ITIMER_VIRTUAL, &iv, &prev);
  getitimer(ITIMER_VIRTUAL, &cur);
  struct itimerval off = {{0, 0}, {0, 0}};
  setitimer(ITIMER_VIRTUAL, &off, NULL);
  clockid_t pc, tc;
  int r1 = clock_getcpuclockid(getpid(), &pc);
  int r2 = pthread_getcpuclockid(pthread_self(), &tc);
  struct timespec res;
  clock_getres(pc, &res);
  printf("%ld %d %d %d %d\n", left, tf.it_value.tv_sec <= 1, cur.it_value.tv_sec <= 5, r1, r2);
  free(old);
  free(tid);
  return 0;
}
