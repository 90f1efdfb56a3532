// EXPECT: heap-buffer-overflow
// a sample ring buffer wraps its tail with `> cap` instead of `== cap`, so the ninth sample is stored one element past the array
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sample {
  int channel;
  int value;
};

struct ring {
  struct sample *buf;
  size_t cap;
  size_t head, tail, count;
  unsigned dropped;
};

static int ring_init(struct ring *r, size_t cap) {
  r->buf = malloc(cap * sizeof *r->buf);
  if (!r->buf) return -1;
  r->cap = cap;
  r->head = r->tail = r->count = 0;
  r->dropped = 0;
  return 0;
}

static void ring_push(struct ring *r, struct sample s) {
  if (r->count == r->cap) {
    /* full: drop the oldest sample */
    r->head++;
    if (r->head == r->cap) r->head = 0;
    r->count--;
    r->dropped++;
  }
  r->buf[r->tail] = s; // BUG
  r->tail++;
  if (r->tail > r->cap) r->tail = 0;
  r->count++;
}

static int ring_pop(struct ring *r, struct sample *out) {
  if (r->count == 0) return 0;
  *out = r->buf[r->head];
  r->head++;
  if (r->head == r->cap) r->head = 0;
  r->count--;
  return 1;
}

static int ring_peek(const struct ring *r, size_t i, struct sample *out) {
  if (i >= r->count) return 0;
  *out = r->buf[(r->head + i) % r->cap];
  return 1;
}

struct stats {
  long sum[4];
  int n[4];
  int max[4];
};

static void consume(struct stats *st, const struct sample *s) {
  int c = s->channel & 3;
  st->sum[c] += s->value;
  st->n[c]++;
  if (s->value > st->max[c]) st->max[c] = s->value;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  struct ring r;
  if (ring_init(&r, 8)) return 1;
  struct stats st;
  memset(&st, 0, sizeof st);
  for (int round = 0; round < n; round++) {
    /* the producer delivers three samples per round, the consumer takes two */
    for (int k = 0; k < 3; k++) {
      struct sample s = {round + k, alpha[(size_t)(round * 3 + k) % al] - 'A'};
      ring_push(&r, s);
    }
    struct sample s;
    for (int k = 0; k < 2 && ring_pop(&r, &s); k++) consume(&st, &s);
  }
  struct sample last;
  if (ring_peek(&r, r.count ? r.count - 1 : 0, &last)) printf("newest: ch%d=%d\n", last.channel, last.value);
  struct sample s;
  while (ring_pop(&r, &s)) consume(&st, &s);
  for (int c = 0; c < 4; c++)
    printf("ch%d n=%d sum=%ld max=%d\n", c, st.n[c], st.sum[c], st.max[c]);
  printf("dropped %u\n", r.dropped);
  free(r.buf);
  return 0;
}
