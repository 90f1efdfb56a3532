// EXPECT: stack-buffer-overflow
// the sample ring lives on main's stack; push wraps head only when it passes cap (head == cap + 1), so one sample is written one past the array
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RING_CAP 16

struct sample {
  double t;
  float value;
  int channel;
};

struct ring {
  struct sample *items;  /* RING_CAP entries, owned by the caller */
  unsigned head, tail, count;
  unsigned dropped;
};

static void ring_push(struct ring *r, struct sample s) {
  if (r->count == RING_CAP) {
    r->tail = (r->tail + 1) % RING_CAP;
    r->count--;
    r->dropped++;
  }
  r->items[r->head] = s; // BUG
  r->head++;
  if (r->head == RING_CAP + 1) r->head = 0;
  r->count++;
}

static int ring_pop(struct ring *r, struct sample *out) {
  if (r->count == 0) return 0;
  *out = r->items[r->tail];
  r->tail = (r->tail + 1) % RING_CAP;
  r->count--;
  return 1;
}

struct channel_stats {
  double sum, sumsq;
  float minv, maxv;
  int n;
};

static void stats_add(struct channel_stats *cs, float v) {
  if (cs->n == 0 || v < cs->minv) cs->minv = v;
  if (cs->n == 0 || v > cs->maxv) cs->maxv = v;
  cs->sum += v;
  cs->sumsq += (double)v * v;
  cs->n++;
}

static void drain(struct ring *r, struct channel_stats *stats, int nch, unsigned keep) {
  struct sample s;
  while (r->count > keep && ring_pop(r, &s))
    if (s.channel >= 0 && s.channel < nch) stats_add(&stats[s.channel], s.value);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *sig = argc > 2 ? argv[2] : "ABC";
  size_t sl = strlen(sig);
  struct sample storage[RING_CAP];
  struct channel_stats stats[4];
  memset(stats, 0, sizeof stats);
  struct ring r = {storage, 0, 0, 0, 0};
  int total = n * 3;
  for (int i = 0; i < total; i++) {
    struct sample s;
    s.t = i * 0.25;
    s.value = (float)(sig[i % sl] - 'A') + (float)(i % 5) * 0.5f;
    s.channel = i % 4;
    ring_push(&r, s);
    if (i % 7 == 6) drain(&r, stats, 4, 4);
  }
  drain(&r, stats, 4, 0);
  for (int c = 0; c < 4; c++) {
    double mean = stats[c].n ? stats[c].sum / stats[c].n : 0;
    printf("ch%d n=%d mean=%.3f min=%.2f max=%.2f\n", c, stats[c].n, mean, stats[c].minv,
           stats[c].maxv);
  }
  printf("dropped=%u\n", r.dropped);
  return 0;
}
