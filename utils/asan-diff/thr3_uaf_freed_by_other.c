// EXPECT: heap-use-after-free
// Main allocates a record; a worker thread frees it; after the join main
// reads a field of the freed record.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct rec { long id; char name[40]; long score; };
static void *release(void *p) { struct rec *r = p; r->score += r->id; free(r); return 0; }
int main(int argc, char **argv) {
  struct rec *r = malloc(sizeof *r);
  r->id = atoi(argv[1]);
  r->score = argc;
  pthread_t t;
  pthread_create(&t, 0, release, r);
  pthread_join(t, 0);
  printf("%ld\n", r->score); // BUG
  return 0;
}
