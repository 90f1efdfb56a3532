// EXPECT: heap-buffer-overflow
// main hands a heap sample buffer to a filter thread through a semaphore;
// the filter's smoothing loop reads the previous sample starting at index
// 0, i.e. one element before the block.
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
#include <stdlib.h>
static short *samples;
static int count;
static sem_t handed;
static void *filter(void *u) {
  sem_wait(&handed);
  long acc = 0;
  for (int i = count - 1; i >= 0; i--)
    acc += (samples[i] + samples[i - 1]) / 2; // BUG
  return (void *)acc;
}
int main(int argc, char **argv) {
  count = atoi(argv[1]) * 3;
  sem_init(&handed, 0, 0);
  pthread_t t;
  pthread_create(&t, 0, filter, 0);
  samples = malloc(count * sizeof(short));
  for (int i = 0; i < count; i++) samples[i] = (short)(i * 7);
  sem_post(&handed);
  void *r;
  pthread_join(t, &r);
  printf("%ld\n", (long)r);
  free(samples);
  return 0;
}
