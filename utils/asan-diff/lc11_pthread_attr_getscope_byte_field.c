// EXPECT: heap-buffer-overflow
// A thread descriptor stores the attribute snapshot in single-byte
// fields; the scope is fetched by casting the byte's address to int *,
// and that byte is the last one of the heap allocation.
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct thread_desc {
  char name[14];
  uint8_t detached;
  uint8_t scope;
};

int main(int argc, char **argv) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  struct thread_desc *d = calloc(1, sizeof *d);
  snprintf(d->name, sizeof d->name, "worker-%s", argv[1]);
  int detach;
  pthread_attr_getdetachstate(&attr, &detach);
  d->detached = (uint8_t)detach;
  pthread_attr_getscope(&attr, (int *)&d->scope); // BUG
  printf("%s %u %u\n", d->name, d->detached, d->scope);
  free(d);
  pthread_attr_destroy(&attr);
  return 0;
}
