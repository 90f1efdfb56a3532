// EXPECT: heap-use-after-free
// Each worker carries its own rand_r seed; a worker that finished was
// freed, but the scheduler still draws a jitter value from its seed.
#include <stdio.h>
#include <stdlib.h>

struct worker {
  int id;
  unsigned seed;
};

static int jitter_ms(struct worker *w) { return rand_r(&w->seed) % 100; } // BUG

int main(int argc, char **argv) {
  struct worker *w = malloc(sizeof *w);
  w->id = 1;
  w->seed = (unsigned)atoi(argv[1]);
  int first = jitter_ms(w);
  free(w); // worker finished
  int second = jitter_ms(w);
  printf("%d %d\n", first >= 0, second >= 0);
  return 0;
}
