// EXPECT: heap-use-after-free
// A worker waits on a semaphore with a deadline kept in a request struct;
// the request was completed and freed by a callback, but the wait still
// passes its deadline field to sem_timedwait, which reads it.
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct request {
  int id;
  struct timespec deadline;
};

static void complete(struct request *r) { free(r); }

int main(int argc, char **argv) {
  sem_t ready;
  sem_init(&ready, 0, 1);
  struct request *req = malloc(sizeof *req);
  req->id = atoi(argv[1]);
  clock_gettime(CLOCK_REALTIME, &req->deadline);
  req->deadline.tv_sec += 1;
  complete(req);
  int r = sem_timedwait(&ready, &req->deadline); // BUG
  sem_destroy(&ready);
  printf("%d\n", r);
  return 0;
}
