// EXPECT: none
// __thread arrays of odd sizes (13, 37, 1021 bytes, a struct array); each
// thread fills its own up to the last element, publishes pointers to them
// and, behind a barrier, reads its neighbour's (alive: no thread ends
// before a second barrier).
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NT 4

struct rec {
  short a;
  char tag[5];
};

static __thread char t13[13];
static __thread int t37[37];
static __thread unsigned char t1021[1021];
static __thread struct rec trecs[7];

static char *pub13[NT];
static int *pub37[NT];
static unsigned char *pub1021[NT];
static struct rec *pubrecs[NT];
static pthread_barrier_t bar;
static long sums[NT];

static void *run(void *arg) {
  long id = (long)arg;
  memset(t13, 'a' + (int)id, sizeof t13);
  for (int i = 0; i < 37; i++) t37[i] = (int)id * 100 + i;
  for (int i = 0; i < 1021; i++) t1021[i] = (unsigned char)(i + id);
  for (int i = 0; i < 7; i++) {
    trecs[i].a = (short)(i * id);
    memcpy(trecs[i].tag, "tagX", 5);
    trecs[i].tag[3] = (char)('0' + i);
  }
  pub13[id] = t13;
  pub37[id] = t37;
  pub1021[id] = t1021;
  pubrecs[id] = trecs;
  pthread_barrier_wait(&bar);
  int peer = (int)(id + 1) % NT;
  long s = pub13[peer][12] + pub37[peer][36] + pub1021[peer][1020];
  for (int i = 0; i < 7; i++) s += pubrecs[peer][i].a + pubrecs[peer][i].tag[3];
  sums[id] = s + t1021[1020] + t13[12];
  pthread_barrier_wait(&bar);
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long total = 0;
  for (int round = 0; round < n; round++) {
    pthread_t th[NT];
    pthread_barrier_init(&bar, NULL, NT);
    for (long i = 0; i < NT; i++) pthread_create(&th[i], NULL, run, (void *)i);
    for (int i = 0; i < NT; i++) pthread_join(th[i], NULL);
    pthread_barrier_destroy(&bar);
    for (int i = 0; i < NT; i++) total += sums[i];
  }
  printf("%ld\n", total);
  return 0;
}
