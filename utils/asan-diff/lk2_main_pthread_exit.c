// EXPECT: leak
// main leaves with pthread_exit while a worker runs; main's frame is gone, so the block only its local held is lost when the last thread ends the process.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static int g_n;
static void *worker(void *a) {
  (void)a;
  struct timespec ts = {0, 50000000};
  nanosleep(&ts, 0);
  printf("worker done\n");
  return 0;
}
int main(int argc, char **argv) {
  g_n = atoi(argv[1]);
  char *volatile mine = malloc(g_n * 23); // BUG
  mine[0] = 1;
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  pthread_detach(t);
  pthread_exit(0);
}
