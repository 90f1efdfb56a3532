// EXPECT: stack-use-after-scope
// Main publishes the address of a block-local request to a worker thread
// and leaves the block before signalling the worker; the worker reads the
// request while main is still alive but the block's scope has ended.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
struct Request {
  int id;
  int size;
  char path[24];
};
static const struct Request *volatile g_req;
static sem_t g_ready;
static long g_out;
static void *worker(void *arg) {
  (void)arg;
  sem_wait(&g_ready);
  g_out = g_req->size * 2 + g_req->path[0]; // BUG
  return NULL;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  pthread_t t;
  sem_init(&g_ready, 0, 0);
  pthread_create(&t, NULL, worker, NULL);
  {
    struct Request r = {1, n * 100, "/var/spool/q"};
    g_req = &r;
  }
  volatile char other[64];
  other[0] = (char)argc;
  sem_post(&g_ready);
  pthread_join(t, NULL);
  printf("%ld %d\n", g_out, other[0]);
  return 0;
}
