// EXPECT: none
// Three rounds of 4 threads on 64 KiB stacks the program allocates
// (aligned_alloc + pthread_attr_setstack); each recurses 40 deep with a
// small local array per frame; after joining, the stacks are freed and
// reallocated for the next round.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define STACK (64 * 1024)
static int seed;
__attribute__((noinline)) static long dive(int d) {
  int frame[24];
  for (int i = 0; i < 24; i++) frame[i] = d * i + seed;
  if (d == 0) return frame[23];
  return frame[d % 24] + dive(d - 1);
}
static void *work(void *p) {
  char note[64];
  snprintf(note, sizeof note, "w%ld", (long)p);
  return (void *)(dive(40) + (long)strlen(note));
}
int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  long total = 0;
  for (int round = 0; round < 3; round++) {
    void *stacks[4];
    pthread_t t[4];
    for (long i = 0; i < 4; i++) {
      stacks[i] = aligned_alloc(4096, STACK);
      pthread_attr_t at;
      pthread_attr_init(&at);
      pthread_attr_setstack(&at, stacks[i], STACK);
      pthread_create(&t[i], &at, work, (void *)i);
      pthread_attr_destroy(&at);
    }
    for (int i = 0; i < 4; i++) {
      void *r;
      pthread_join(t[i], &r);
      total += (long)r;
      free(stacks[i]);
    }
  }
  printf("%ld\n", total);
  return 0;
}
