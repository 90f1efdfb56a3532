// EXPECT: global-buffer-overflow
// the event queue is a fixed global heap; sift_down compares the right child whenever the left one exists, reading one past the full array
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define QCAP 32

struct event {
  long when;
  int kind;
  int seq;
};

static struct event queue[QCAP];
static int qlen;
static int next_seq;

static int before(const struct event *a, const struct event *b) {
  if (a->when != b->when) return a->when < b->when; // BUG
  return a->seq < b->seq;
}

static void swap_ev(int i, int j) {
  struct event t = queue[i];
  queue[i] = queue[j];
  queue[j] = t;
}

static void sift_down(int i) {
  for (;;) {
    int l = 2 * i + 1, r = 2 * i + 2, best = i;
    if (l >= qlen) break;
    if (before(&queue[l], &queue[best])) best = l;
    if (before(&queue[r], &queue[best])) best = r;   /* r may be qlen */
    if (best == i) break;
    swap_ev(i, best);
    i = best;
  }
}

static struct event pop(void) {
  struct event top = queue[0];
  queue[0] = queue[--qlen];
  sift_down(0);
  return top;
}

struct sim {
  long now;
  int fired[4];
  long checksum;
};

/* Bulk load: copy the events in, then heapify bottom-up. */
static void load_all(const long *whens, int count) {
  qlen = 0;
  for (int i = 0; i < count && qlen < QCAP; i++) {
    queue[qlen].when = whens[i];
    queue[qlen].kind = i % 2;
    queue[qlen].seq = next_seq++;
    qlen++;
  }
  for (int i = qlen / 2 - 1; i >= 0; i--) sift_down(i);
}

/* Handles the earliest event; a follow-up replaces it in place (no pop + push). */
static void step(struct sim *s, const char *pattern, size_t pl) {
  struct event e = queue[0];
  s->now = e.when;
  s->fired[e.kind]++;
  s->checksum = s->checksum * 31 + e.when * (e.kind + 1);
  int delay = pattern[(size_t)e.seq % pl] - 'A' + 1;
  if (e.kind < 3) {
    queue[0].when = e.when + delay;
    queue[0].kind = e.kind + 1;
    queue[0].seq = next_seq++;
    sift_down(0);
  } else {
    pop();
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *pattern = argc > 2 ? argv[2] : "ABCD";
  size_t pl = strlen(pattern);
  struct sim s;
  memset(&s, 0, sizeof s);
  /* fill the queue to capacity: QCAP = 3 * n + 2 for n = 10 */
  long whens[64];
  int count = 3 * n + 2;
  for (int i = 0; i < count; i++) whens[i] = (long)((i * 7919) % 97);
  load_all(whens, count);
  int steps = 0;
  while (qlen > 0 && steps < 200) {
    step(&s, pattern, pl);
    steps++;
  }
  printf("steps=%d now=%ld fired=%d,%d,%d,%d checksum=%ld\n", steps, s.now, s.fired[0],
         s.fired[1], s.fired[2], s.fired[3], s.checksum);
  return 0;
}
