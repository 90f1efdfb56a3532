// EXPECT: stack-buffer-overflow
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
int main(int argc, char **argv) {
  timer_t id;
  struct sigevent ev;
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_NONE;
  timer_create(CLOCK_MONOTONIC, &ev, &id);
  struct itimerspec nv;
  memset(&nv, 0, sizeof nv);
  nv.it_value.tv_sec = atoi(argv[1]);
  struct timespec old[1];
  int r = timer_settime(id, 0, &nv, (struct itimerspec *)old); // BUG
  printf("%d %ld\n", r, (long)old[0].tv_sec);
  timer_delete(id);
  return 0;
}
