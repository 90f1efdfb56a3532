// EXPECT: heap-use-after-free
// A thread-info record (with a scheduling parameter slot) was freed when
// the pool shrank, but a stats pass still asks pthread_getschedparam to
// fill the freed record's slot.
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>

struct thread_info {
  pthread_t tid;
  int policy;
  struct sched_param param;
};

int main(int argc, char **argv) {
  struct thread_info *ti = malloc(sizeof *ti);
  ti->tid = pthread_self();
  pthread_t tid = ti->tid;
  if (atoi(argv[1]) > 1)
    free(ti); // pool shrank
  int policy;
  int r = pthread_getschedparam(tid, &policy, &ti->param); // BUG
  printf("%d %d\n", r, policy);
  return 0;
}
