// EXPECT: none
// Correct uses of getresgid, sched_getparam, ftime, gmtime, the cancel
// state/type setters and wait3 with a full struct rusage: every output is
// a properly typed object.
// FLAGS: -Wno-deprecated-declarations
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/timeb.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  gid_t ids[3];
  getresgid(&ids[0], &ids[1], &ids[2]);
  struct sched_param *sp = malloc(sizeof *sp);
  sched_getparam(0, sp);
  struct timeb tb;
  ftime(&tb);
  time_t now = tb.time;
  struct tm *tm = gmtime(&now);
  int old_state, old_type;
  pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, &old_state);
  pthread_setcanceltype(PTHREAD_CANCEL_DEFERRED, &old_type);
  pthread_setcancelstate(old_state, NULL);
  pid_t child = fork();
  if (child == 0)
    _exit(argc);
  int status = 0;
  struct rusage *ru = malloc(sizeof *ru);
  pid_t got = wait3(&status, 0, ru);
  printf("%d %d %d %d %d\n", ids[0] == ids[1], sp->sched_priority, tm->tm_year > 100,
         got == child, WEXITSTATUS(status));
  free(ru);
  free(sp);
  return 0;
}
