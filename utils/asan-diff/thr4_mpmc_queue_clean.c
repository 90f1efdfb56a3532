// EXPECT: none
// 3 producers and 3 consumers share a bounded mutex/condvar ring of heap
// messages: producers malloc 30000 messages of varying size, consumers read
// every byte and free them.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define CAP 64
#define PER 10000
struct msg { int len; char data[]; };
static struct msg *ring[CAP];
static int head, tail, count, producers_left = 3;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t not_full = PTHREAD_COND_INITIALIZER, not_empty = PTHREAD_COND_INITIALIZER;
static long sums[3];
static void *produce(void *p) {
  long id = (long)p;
  for (int k = 0; k < PER; k++) {
    int len = 1 + (k * 7 + (int)id) % 120;
    struct msg *m = malloc(sizeof *m + len);
    m->len = len;
    memset(m->data, 'a' + k % 26, len);
    pthread_mutex_lock(&mu);
    while (count == CAP) pthread_cond_wait(&not_full, &mu);
    ring[tail] = m;
    tail = (tail + 1) % CAP;
    count++;
    pthread_cond_signal(&not_empty);
    pthread_mutex_unlock(&mu);
  }
  pthread_mutex_lock(&mu);
  producers_left--;
  pthread_cond_broadcast(&not_empty);
  pthread_mutex_unlock(&mu);
  return 0;
}
static void *consume(void *p) {
  long id = (long)p;
  for (;;) {
    pthread_mutex_lock(&mu);
    while (count == 0 && producers_left) pthread_cond_wait(&not_empty, &mu);
    if (count == 0) { pthread_mutex_unlock(&mu); return 0; }
    struct msg *m = ring[head];
    head = (head + 1) % CAP;
    count--;
    pthread_cond_signal(&not_full);
    pthread_mutex_unlock(&mu);
    for (int i = 0; i < m->len; i++) sums[id] += m->data[i];
    free(m);
  }
}
int main(void) {
  pthread_t p[3], c[3];
  for (long i = 0; i < 3; i++) pthread_create(&c[i], 0, consume, (void *)i);
  for (long i = 0; i < 3; i++) pthread_create(&p[i], 0, produce, (void *)i);
  for (int i = 0; i < 3; i++) pthread_join(p[i], 0);
  for (int i = 0; i < 3; i++) pthread_join(c[i], 0);
  printf("%ld\n", sums[0] + sums[1] + sums[2]);
  return 0;
}
