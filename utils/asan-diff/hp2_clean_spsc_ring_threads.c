// EXPECT: none
// a bounded ring buffer shared by a producer and a consumer thread under a mutex and two condition variables; indices wrap exactly at the capacity and the buffer fills completely
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct item {
  int seq;
  char text[12];
};

struct ring {
  struct item *slots;
  size_t cap, head, count;
  int closed;
  pthread_mutex_t mu;
  pthread_cond_t not_full, not_empty;
};

static void ring_init(struct ring *r, size_t cap) {
  r->slots = malloc(cap * sizeof *r->slots);
  r->cap = cap;
  r->head = r->count = 0;
  r->closed = 0;
  pthread_mutex_init(&r->mu, NULL);
  pthread_cond_init(&r->not_full, NULL);
  pthread_cond_init(&r->not_empty, NULL);
}

static void ring_put(struct ring *r, const struct item *it) {
  pthread_mutex_lock(&r->mu);
  while (r->count == r->cap) pthread_cond_wait(&r->not_full, &r->mu);
  size_t tail = r->head + r->count;
  if (tail >= r->cap) tail -= r->cap;
  r->slots[tail] = *it;
  r->count++;
  pthread_cond_signal(&r->not_empty);
  pthread_mutex_unlock(&r->mu);
}

static int ring_get(struct ring *r, struct item *out) {
  pthread_mutex_lock(&r->mu);
  while (r->count == 0 && !r->closed) pthread_cond_wait(&r->not_empty, &r->mu);
  if (r->count == 0) {
    pthread_mutex_unlock(&r->mu);
    return 0;
  }
  *out = r->slots[r->head];
  r->head = r->head + 1 == r->cap ? 0 : r->head + 1;
  r->count--;
  pthread_cond_signal(&r->not_full);
  pthread_mutex_unlock(&r->mu);
  return 1;
}

static void ring_close(struct ring *r) {
  pthread_mutex_lock(&r->mu);
  r->closed = 1;
  pthread_cond_broadcast(&r->not_empty);
  pthread_mutex_unlock(&r->mu);
}

struct producer_arg {
  struct ring *r;
  int count;
  const char *alpha;
};

struct consumer_result {
  struct ring *r;
  long seq_sum;
  unsigned text_hash;
  int got;
};

static void *producer(void *p) {
  struct producer_arg *a = p;
  size_t al = strlen(a->alpha);
  for (int i = 0; i < a->count; i++) {
    struct item it;
    it.seq = i;
    snprintf(it.text, sizeof it.text, "%.*s", 1 + i % 11, a->alpha + (size_t)i % al);
    ring_put(a->r, &it);
  }
  ring_close(a->r);
  return NULL;
}

static void *consumer(void *p) {
  struct consumer_result *c = p;
  struct item it;
  while (ring_get(c->r, &it)) {
    c->seq_sum += it.seq;
    for (const char *s = it.text; *s; s++) c->text_hash = c->text_hash * 31 + (unsigned char)*s;
    c->got++;
  }
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKL";
  struct ring r;
  ring_init(&r, 4);
  struct producer_arg pa = {&r, n * 50, alpha};
  struct consumer_result cr = {&r, 0, 0, 0};
  pthread_t tp, tc;
  pthread_create(&tc, NULL, consumer, &cr);
  pthread_create(&tp, NULL, producer, &pa);
  pthread_join(tp, NULL);
  pthread_join(tc, NULL);
  printf("consumed %d items, seq sum %ld, hash %08x\n", cr.got, cr.seq_sum, cr.text_hash);
  pthread_mutex_destroy(&r.mu);
  pthread_cond_destroy(&r.not_full);
  pthread_cond_destroy(&r.not_empty);
  free(r.slots);
  return 0;
}
