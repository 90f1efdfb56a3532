// EXPECT: stack-use-after-return
// start_worker() passes the address of its local job description to a new
// thread and returns immediately (the classic "pthread_create arg on the
// stack" bug); the worker only reads the job after it is told the starter
// has returned, so the read is deterministic.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
struct Job {
  int id;
  int iterations;
  char label[16];
};
static sem_t g_go;
static void *worker(void *arg) {
  sem_wait(&g_go);
  const struct Job *job = arg;
  long s = 0;
  for (int i = 0; i < job->iterations; i++) s += job->id; // BUG
  return (void *)s;
}
__attribute__((noinline)) static pthread_t start_worker(int n) {
  struct Job job = {n, n / 2, "worker"};
  pthread_t t;
  pthread_create(&t, NULL, worker, &job);
  return t;
}
int main(int argc, char **argv) {
  sem_init(&g_go, 0, 0);
  pthread_t t = start_worker(atoi(argv[1]));
  sem_post(&g_go);
  void *res;
  pthread_join(t, &res);
  printf("%ld %d\n", (long)res, argc);
  return 0;
}
