// EXPECT: none
// A producer/consumer pipeline with POSIX threads: a bounded queue (mutex + two condition
// variables) of heap-allocated messages; producers build messages in stack buffers and hand
// over heap copies, the consumer owns and frees them, and each thread keeps its own stats.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define QCAP 8

struct msg { int producer, seq; size_t len; char text[]; };

struct queue {
  struct msg *items[QCAP];
  int head, count, closed_producers, producers;
  pthread_mutex_t mu;
  pthread_cond_t not_full, not_empty;
};

struct producer_arg { struct queue *q; int id, count; const char *alpha; long sent_bytes; };

static void q_push(struct queue *q, struct msg *m) {
  pthread_mutex_lock(&q->mu);
  while (q->count == QCAP) pthread_cond_wait(&q->not_full, &q->mu);
  q->items[(q->head + q->count) % QCAP] = m;
  q->count++;
  pthread_cond_signal(&q->not_empty);
  pthread_mutex_unlock(&q->mu);
}

static struct msg *q_pop(struct queue *q) {
  pthread_mutex_lock(&q->mu);
  while (q->count == 0 && q->closed_producers < q->producers) pthread_cond_wait(&q->not_empty, &q->mu);
  struct msg *m = NULL;
  if (q->count) {
    m = q->items[q->head];
    q->head = (q->head + 1) % QCAP;
    q->count--;
    pthread_cond_signal(&q->not_full);
  }
  pthread_mutex_unlock(&q->mu);
  return m;
}

static void *producer(void *p) {
  struct producer_arg *a = p;
  char buf[64];
  for (int i = 0; i < a->count; i++) {
    int n = snprintf(buf, sizeof buf, "p%d/%d:%.*s", a->id, i, 1 + (i * 7 + a->id) % 26, a->alpha);
    struct msg *m = malloc(sizeof *m + (size_t)n + 1);
    m->producer = a->id;
    m->seq = i;
    m->len = (size_t)n;
    memcpy(m->text, buf, (size_t)n + 1);
    a->sent_bytes += n;
    q_push(a->q, m);
  }
  pthread_mutex_lock(&a->q->mu);
  a->q->closed_producers++;
  pthread_cond_broadcast(&a->q->not_empty);
  pthread_mutex_unlock(&a->q->mu);
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct queue q;
  memset(&q, 0, sizeof q);
  q.producers = 3;
  pthread_mutex_init(&q.mu, NULL);
  pthread_cond_init(&q.not_full, NULL);
  pthread_cond_init(&q.not_empty, NULL);
  pthread_t th[3];
  struct producer_arg args[3];
  for (int i = 0; i < 3; i++) {
    args[i] = (struct producer_arg){ &q, i, n * 5 + i, alpha, 0 };
    pthread_create(&th[i], NULL, producer, &args[i]);
  }
  long got_bytes = 0;
  int got = 0, last_seq[3] = { -1, -1, -1 }, out_of_order = 0;
  struct msg *m;
  while ((m = q_pop(&q))) {
    got_bytes += (long)strlen(m->text);
    if (m->seq != last_seq[m->producer] + 1) out_of_order++;
    last_seq[m->producer] = m->seq;
    got++;
    free(m);
  }
  long sent = 0;
  for (int i = 0; i < 3; i++) {
    pthread_join(th[i], NULL);
    sent += args[i].sent_bytes;
  }
  printf("%d messages, %ld/%ld bytes, %d out of order\n", got, got_bytes, sent, out_of_order);
  pthread_mutex_destroy(&q.mu);
  pthread_cond_destroy(&q.not_full);
  pthread_cond_destroy(&q.not_empty);
  return 0;
}
