// EXPECT: heap-buffer-overflow
// Each worker memcpy's its result record into a slot of a heap results
// array that main sized for n-1 records; the last worker's memcpy runs past
// the end.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct result { int id; double score; char tag[12]; };
static struct result *results;
static int nres;
static void *work(void *p) {
  long id = (long)p;
  struct result r;
  r.id = (int)id;
  r.score = id * 1.5;
  snprintf(r.tag, sizeof r.tag, "w%ld", id);
  memcpy(&results[id], &r, sizeof r); // BUG
  return 0;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 6; /* 4 workers */
  nres = n - 1;
  results = malloc(nres * sizeof(struct result));
  pthread_t t[8];
  for (long i = 0; i < n; i++) {
    pthread_create(&t[i], 0, work, (void *)i);
    pthread_join(t[i], 0);
  }
  printf("%s\n", results[0].tag);
  free(results);
  return 0;
}
