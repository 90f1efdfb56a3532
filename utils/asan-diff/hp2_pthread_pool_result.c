// EXPECT: heap-use-after-free
// a pthread work queue frees each job after the worker runs it; main joins the workers and then sums the results through the job pointers it kept
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct job {
  struct job *next;
  int id;
  const char *text;
  size_t len;
  unsigned long result;
};

struct queue {
  struct job *head, *tail;
  int closed;
  int processed;
  pthread_mutex_t mu;
  pthread_cond_t cv;
};

static void queue_init(struct queue *q) {
  memset(q, 0, sizeof *q);
  pthread_mutex_init(&q->mu, NULL);
  pthread_cond_init(&q->cv, NULL);
}

static void queue_push(struct queue *q, struct job *j) {
  pthread_mutex_lock(&q->mu);
  j->next = NULL;
  if (q->tail) q->tail->next = j;
  else q->head = j;
  q->tail = j;
  pthread_cond_signal(&q->cv);
  pthread_mutex_unlock(&q->mu);
}

static void queue_close(struct queue *q) {
  pthread_mutex_lock(&q->mu);
  q->closed = 1;
  pthread_cond_broadcast(&q->cv);
  pthread_mutex_unlock(&q->mu);
}

static struct job *queue_pop(struct queue *q) {
  pthread_mutex_lock(&q->mu);
  while (!q->head && !q->closed) pthread_cond_wait(&q->cv, &q->mu);
  struct job *j = q->head;
  if (j) {
    q->head = j->next;
    if (!q->head) q->tail = NULL;
  }
  pthread_mutex_unlock(&q->mu);
  return j;
}

static unsigned long crc_like(const char *s, size_t n) {
  unsigned long c = 0xffffffffUL;
  for (int round = 0; round < 20; round++)
    for (size_t i = 0; i < n; i++) {
      c ^= (unsigned char)s[i];
      for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320UL & (0UL - (c & 1)));
    }
  return ~c & 0xffffffffUL;
}

static void *worker(void *arg) {
  struct queue *q = arg;
  struct job *j;
  while ((j = queue_pop(q)) != NULL) {
    j->result = crc_like(j->text, j->len);
    pthread_mutex_lock(&q->mu);
    q->processed++;
    pthread_mutex_unlock(&q->mu);
    free(j);
  }
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  struct queue q;
  queue_init(&q);
  pthread_t th[2];
  for (int i = 0; i < 2; i++) pthread_create(&th[i], NULL, worker, &q);
  struct job **jobs = calloc((size_t)n, sizeof *jobs);
  for (int i = 0; i < n; i++) {
    struct job *j = calloc(1, sizeof *j);
    j->id = i;
    j->text = alpha + (size_t)i % al;
    j->len = al - (size_t)i % al;
    jobs[i] = j;
    queue_push(&q, j);
  }
  queue_close(&q);
  for (int i = 0; i < 2; i++) pthread_join(th[i], NULL);
  unsigned long x = 0;
  for (int i = 0; i < n; i++) x ^= jobs[i]->result; // BUG
  printf("processed %d, xor %08lx\n", q.processed, x);
  free(jobs);
  pthread_mutex_destroy(&q.mu);
  pthread_cond_destroy(&q.cv);
  return 0;
}
