// EXPECT: heap-use-after-free
// Probes whether a condition variable attribute is process-shared and
// stores the answer in a probe record. An early "cleanup" on the argument
// path frees the record and the query still writes into it.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct probe {
  const char *what;
  long started;
  int pshared;
  int clock;
};

int main(int argc, char **argv) {
  pthread_condattr_t ca;
  pthread_condattr_init(&ca);
  struct probe *p = calloc(1, sizeof *p);
  p->what = "condattr";
  p->started = argc;
  if (argc > 2)
    free(p); // meant for the error path only
  pthread_condattr_getpshared(&ca, &p->pshared); // BUG
  printf("%d\n", argc);
  pthread_condattr_destroy(&ca);
  return 0;
}
