// EXPECT: leak
// main destroys the queue without draining it: the 25 jobs the consumer left are lost with it
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct job {
  struct job *next;
  int producer;
  int seq;
  char payload[40];
};

struct queue {
  pthread_mutex_t mu;
  pthread_cond_t nonempty;
  struct job *head, *tail;
  int len, max_len;
  int pushed, popped;
};

static struct queue *queue_new(void) {
  struct queue *q = calloc(1, sizeof *q);
  pthread_mutex_init(&q->mu, NULL);
  pthread_cond_init(&q->nonempty, NULL);
  return q;
}

static void queue_push(struct queue *q, struct job *j) {
  j->next = NULL;
  pthread_mutex_lock(&q->mu);
  if (q->tail) q->tail->next = j;
  else q->head = j;
  q->tail = j;
  q->len++;
  q->pushed++;
  if (q->len > q->max_len) q->max_len = q->len;
  pthread_cond_signal(&q->nonempty);
  pthread_mutex_unlock(&q->mu);
}

static struct job *queue_pop_locked(struct queue *q) {
  struct job *j = q->head;
  if (!j) return NULL;
  q->head = j->next;
  if (!q->head) q->tail = NULL;
  q->len--;
  q->popped++;
  return j;
}

static struct job *queue_pop_wait(struct queue *q) {
  pthread_mutex_lock(&q->mu);
  while (!q->head) pthread_cond_wait(&q->nonempty, &q->mu);
  struct job *j = queue_pop_locked(q);
  pthread_mutex_unlock(&q->mu);
  return j;
}

/* Frees the jobs still queued; returns how many. */
static int queue_drain(struct queue *q) {
  int n = 0;
  pthread_mutex_lock(&q->mu);
  struct job *j;
  while ((j = queue_pop_locked(q))) { free(j); n++; }
  pthread_mutex_unlock(&q->mu);
  return n;
}

static void queue_destroy(struct queue *q) {
  pthread_cond_destroy(&q->nonempty);
  pthread_mutex_destroy(&q->mu);
  free(q);
}

struct producer_arg {
  struct queue *q;
  int id;
  int count;
  const char *text;
};

static void *producer(void *p) {
  struct producer_arg *a = p;
  for (int i = 0; i < a->count; i++) {
    struct job *j = malloc(sizeof *j);
    j->producer = a->id;
    j->seq = i;
    snprintf(j->payload, sizeof j->payload, "%d:%d:%.*s", a->id, i, 1 + (i + a->id) % 20, a->text);
    queue_push(a->q, j);
  }
  return NULL;
}

struct consumer_arg {
  struct queue *q;
  int quota;
  int done;
  unsigned long checksum;
  int per_producer[4];
  int last_seq[4];
  int out_of_order;
  size_t longest;
};

static void *consumer(void *p) {
  struct consumer_arg *c = p;
  for (int k = 0; k < 4; k++) c->last_seq[k] = -1;
  while (c->done < c->quota) {
    struct job *j = queue_pop_wait(c->q);
    for (const char *s = j->payload; *s; s++) c->checksum = c->checksum * 131 + (unsigned char)*s;
    c->per_producer[j->producer]++;
    if (j->seq <= c->last_seq[j->producer]) c->out_of_order++;
    c->last_seq[j->producer] = j->seq;
    size_t len = strlen(j->payload);
    if (len > c->longest) c->longest = len;
    c->done++;
    free(j);
  }
  return NULL;
}

int main(int argc, char **argv) {
  int per = argc > 1 ? atoi(argv[1]) * 20 : 200;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct queue *q = queue_new();
  struct producer_arg pa[3];
  pthread_t prod[3], cons;
  struct consumer_arg ca;
  memset(&ca, 0, sizeof ca);
  ca.q = q;
  ca.quota = 3 * per - 25; /* the consumer leaves 25 jobs behind */
  pthread_create(&cons, NULL, consumer, &ca);
  for (int i = 0; i < 3; i++) {
    pa[i] = (struct producer_arg){ q, i, per, text };
    pthread_create(&prod[i], NULL, producer, &pa[i]);
  }
  for (int i = 0; i < 3; i++) pthread_join(prod[i], NULL);
  pthread_join(cons, NULL);

  /* Which producer's jobs are left behind depends on timing; how many does not. */
  printf("pushed %d popped %d consumed %d out-of-order %d\n", q->pushed, q->popped, ca.done, ca.out_of_order);
  int left = q->len;
  int drained = 0;
  printf("left %d, drained %d, per producer %d+%d+%d, longest payload %zu, max queue %s\n", left, drained,
         ca.per_producer[0], ca.per_producer[1], ca.per_producer[2], ca.longest,
         q->max_len > 25 ? "> 25" : "<= 25");
  queue_destroy(q);
  return 0;
}
