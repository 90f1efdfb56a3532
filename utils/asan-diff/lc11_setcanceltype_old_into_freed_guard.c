// EXPECT: heap-use-after-free
// A cancellation guard object remembers the previous cancel type. The
// guard is released by an early-exit path, and the code then still asks
// pthread_setcanceltype to save the old type into the freed guard.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct cancel_guard {
  const char *owner;
  int depth;
  int old_type;
};

int main(int argc, char **argv) {
  struct cancel_guard *g = calloc(1, sizeof *g);
  g->owner = "main";
  g->depth = argc;
  if (g->depth > 2) // early exit path frees the guard ...
    free(g);
  pthread_setcanceltype(PTHREAD_CANCEL_DEFERRED, &g->old_type); // BUG
  printf("%d\n", argc);
  return 0;
}
