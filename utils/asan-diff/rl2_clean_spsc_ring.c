// EXPECT: none
// a single-producer single-consumer ring of records between two threads with C11 atomics; batches copied across the wrap point with two memcpys
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec {
  uint32_t seq;
  uint16_t len;
  char payload[26];
};

struct ring {
  struct rec *slots;
  size_t cap;                 /* power of two */
  _Atomic size_t head;        /* written by the producer */
  _Atomic size_t tail;        /* written by the consumer */
};

struct prod_args {
  struct ring *r;
  const char *text;
  int count;
};

struct cons_result {
  uint64_t checksum;
  uint32_t last_seq;
  int received;
  int batches;
};

struct cons_args {
  struct ring *r;
  int expect;
  struct cons_result res;
};

static size_t ring_push_batch(struct ring *r, const struct rec *src, size_t n) {
  size_t head = atomic_load_explicit(&r->head, memory_order_relaxed);
  size_t tail = atomic_load_explicit(&r->tail, memory_order_acquire);
  size_t space = r->cap - (head - tail);
  if (n > space) n = space;
  size_t at = head & (r->cap - 1);
  size_t first = r->cap - at < n ? r->cap - at : n;
  memcpy(&r->slots[at], src, first * sizeof *src);
  memcpy(&r->slots[0], src + first, (n - first) * sizeof *src);
  atomic_store_explicit(&r->head, head + n, memory_order_release);
  return n;
}

static size_t ring_pop_batch(struct ring *r, struct rec *dst, size_t max) {
  size_t tail = atomic_load_explicit(&r->tail, memory_order_relaxed);
  size_t head = atomic_load_explicit(&r->head, memory_order_acquire);
  size_t n = head - tail;
  if (n > max) n = max;
  for (size_t i = 0; i < n; i++) dst[i] = r->slots[(tail + i) & (r->cap - 1)];
  atomic_store_explicit(&r->tail, tail + n, memory_order_release);
  return n;
}

static void *producer(void *arg) {
  struct prod_args *a = arg;
  size_t tl = strlen(a->text);
  struct rec batch[7];
  int seq = 0;
  while (seq < a->count) {
    size_t nb = 0;
    while (nb < 7 && seq + (int)nb < a->count) {
      struct rec *r = &batch[nb];
      memset(r, 0, sizeof *r);
      r->seq = (uint32_t)(seq + (int)nb);
      r->len = (uint16_t)(1 + r->seq % sizeof r->payload);
      for (uint16_t k = 0; k < r->len; k++) r->payload[k] = a->text[(r->seq + k) % tl];
      nb++;
    }
    size_t done = 0;
    while (done < nb) {
      size_t k = ring_push_batch(a->r, batch + done, nb - done);
      if (!k) sched_yield();
      done += k;
    }
    seq += (int)nb;
  }
  return NULL;
}

static void *consumer(void *arg) {
  struct cons_args *a = arg;
  struct rec buf[5];
  while (a->res.received < a->expect) {
    size_t n = ring_pop_batch(a->r, buf, 5);
    if (!n) { sched_yield(); continue; }
    a->res.batches++;
    for (size_t i = 0; i < n; i++) {
      uint64_t h = buf[i].seq;
      for (uint16_t k = 0; k < buf[i].len; k++) h = h * 131 + (unsigned char)buf[i].payload[k];
      a->res.checksum += h;
      a->res.last_seq = buf[i].seq;
      a->res.received++;
    }
  }
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGH";
  struct ring r;
  r.cap = 16;
  r.slots = malloc(r.cap * sizeof *r.slots);
  atomic_init(&r.head, 0);
  atomic_init(&r.tail, 0);
  struct prod_args pa = {&r, text, n * 500};
  struct cons_args ca;
  memset(&ca, 0, sizeof ca);
  ca.r = &r;
  ca.expect = n * 500;
  pthread_t tp, tc;
  pthread_create(&tc, NULL, consumer, &ca);
  pthread_create(&tp, NULL, producer, &pa);
  pthread_join(tp, NULL);
  pthread_join(tc, NULL);
  printf("received=%d last=%u checksum=%016llx\n", ca.res.received, ca.res.last_seq,
         (unsigned long long)ca.res.checksum);
  free(r.slots);
  return 0;
}
