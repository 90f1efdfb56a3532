// EXPECT: heap-use-after-free
// A producer queues 10 heap items; the consumer takes each and acknowledges;
// for item 6 the producer frees it on the acknowledgement, before the
// consumer has read it.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct item { int seq; char text[28]; };
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static struct item *slot;
static int taken, released, bad;
static long total;
static void *consumer(void *u) {
  for (int k = 0; k < 10; k++) {
    pthread_mutex_lock(&mu);
    while (!slot) pthread_cond_wait(&cv, &mu);
    struct item *it = slot;
    slot = 0;
    taken = 1;
    pthread_cond_broadcast(&cv);
    while (!released) pthread_cond_wait(&cv, &mu);
    released = 0;
    pthread_mutex_unlock(&mu);
    total += it->seq + it->text[3]; // BUG
    if (it->seq != bad) free(it);
  }
  return 0;
}
int main(int argc, char **argv) {
  bad = atoi(argv[1]) - 4; /* 6 */
  pthread_t t;
  pthread_create(&t, 0, consumer, 0);
  for (int k = 0; k < 10; k++) {
    struct item *it = malloc(sizeof *it);
    it->seq = k;
    strncpy(it->text, argv[2], sizeof it->text - 1);
    it->text[sizeof it->text - 1] = 0;
    pthread_mutex_lock(&mu);
    slot = it;
    pthread_cond_broadcast(&cv);
    while (!taken) pthread_cond_wait(&cv, &mu);
    taken = 0;
    if (k == bad) free(it);
    released = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&mu);
  }
  pthread_join(t, 0);
  printf("%ld\n", total);
  return 0;
}
