// EXPECT: none
// A joinable thread returns a malloc'd result and ends, but is never joined: the result is still held in the thread's descriptor (pthread_join could fetch it), which LSan scans.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
static int g_n;
static volatile int done;
static void *work(void *a) {
  (void)a;
  char *r = malloc(g_n * 22);
  memset(r, 0, g_n * 22);
  done = 1;
  return r;
}
int main(int argc, char **argv) {
  g_n = atoi(argv[1]);
  pthread_t t;
  pthread_create(&t, 0, work, 0);
  while (!done) { struct timespec ts = {0, 1000000}; nanosleep(&ts, 0); }
  struct timespec ts = {0, 100000000};
  nanosleep(&ts, 0);
  printf("not joined\n");
  return 0;
}
