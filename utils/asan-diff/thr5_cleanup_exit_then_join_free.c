// EXPECT: double-free
// A worker owns a job block and frees it from a cleanup handler when it
// calls pthread_exit; main, unaware, frees the job again after joining.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct job { char name[24]; int prio; };
static void drop_job(void *p) { free(p); }
static void *work(void *p) {
  struct job *j = p;
  pthread_cleanup_push(drop_job, j);
  j->prio += 1;
  if (j->prio > 5) pthread_exit((void *)(long)j->prio);
  pthread_cleanup_pop(0);
  return 0;
}
int main(int argc, char **argv) {
  struct job *j = malloc(sizeof *j);
  strncpy(j->name, argv[2], sizeof j->name - 1);
  j->name[sizeof j->name - 1] = 0;
  j->prio = atoi(argv[1]);
  pthread_t t;
  void *r;
  pthread_create(&t, 0, work, j);
  pthread_join(t, &r);
  free(j); // BUG
  printf("%ld\n", (long)r);
  return 0;
}
