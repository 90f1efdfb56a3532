// EXPECT: none
// A worker thread calls exit() from a nested function while main, blocked in pthread_join, holds a block in its frame; the worker holds another in its suspended frame.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int g_n;
__attribute__((noinline)) static void finish(char *p) {
  printf("%d\n", p[0]);
  fflush(stdout);
  exit(0);
}
static void *worker(void *a) {
  (void)a;
  char *volatile mine = malloc(g_n * 5);
  mine[0] = 7;
  finish(mine);
  free(mine);
  return 0;
}
int main(int argc, char **argv) {
  g_n = atoi(argv[1]);
  char *volatile kept = malloc(g_n * 3);
  kept[0] = 1;
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  pthread_join(t, 0);
  free(kept);
  return 1;
}
