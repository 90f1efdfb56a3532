// EXPECT: none
// a timer list with intrusive links whose dispatcher restarts from the head after each callback and learns from the callback's return value whether it freed its own timer, so callbacks may cancel themselves or other timers safely
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct link {
  struct link *next, *prev;
};

#define node_of(l) ((struct timer *)((char *)(l)-offsetof(struct timer, link)))

struct wheel;

struct timer {
  unsigned expires;
  unsigned period;
  int fired;
  int (*fn)(struct wheel *, struct timer *); /* returns 1 if it freed the timer */
  struct link link;
  char label[12];
};

struct wheel {
  struct link head;
  unsigned now;
  int count;
  long log;
  struct timer *victim;
};

static void wheel_init(struct wheel *w) {
  w->head.next = w->head.prev = &w->head;
  w->now = 0;
  w->count = 0;
  w->log = 0;
  w->victim = NULL;
}

static void link_before(struct link *n, struct link *pos) {
  n->prev = pos->prev;
  n->next = pos;
  pos->prev->next = n;
  pos->prev = n;
}

static void unlink_node(struct link *n) {
  n->prev->next = n->next;
  n->next->prev = n->prev;
}

static void schedule(struct wheel *w, struct timer *t) {
  struct link *pos = w->head.next;
  while (pos != &w->head && node_of(pos)->expires <= t->expires) pos = pos->next;
  link_before(&t->link, pos);
}

static struct timer *timer_add(struct wheel *w, unsigned delay, unsigned period,
                               int (*fn)(struct wheel *, struct timer *), const char *label) {
  struct timer *t = calloc(1, sizeof *t);
  t->expires = w->now + delay;
  t->period = period;
  t->fn = fn;
  snprintf(t->label, sizeof t->label, "%s", label);
  schedule(w, t);
  w->count++;
  return t;
}

static void timer_cancel(struct wheel *w, struct timer *t) {
  unlink_node(&t->link);
  w->count--;
  free(t);
}

static int on_log(struct wheel *w, struct timer *t) {
  w->log += (long)strlen(t->label) * t->fired;
  return 0;
}

static int on_once(struct wheel *w, struct timer *t) {
  w->log += 1000;
  if (w->victim == t) w->victim = NULL;
  timer_cancel(w, t);
  return 1;
}

static int on_killer(struct wheel *w, struct timer *t) {
  (void)t;
  if (w->victim) {
    timer_cancel(w, w->victim);
    w->victim = NULL;
  }
  return 0;
}

static void advance(struct wheel *w) {
  w->now++;
  struct link *pos = w->head.next;
  while (pos != &w->head) {
    struct timer *t = node_of(pos);
    if (t->expires > w->now) break;
    t->fired++;
    if (t->period) {
      /* re-arm first: it goes behind every timer that is due now */
      unlink_node(pos);
      t->expires = w->now + t->period;
      schedule(w, t);
      t->fn(w, t);
    } else if (!t->fn(w, t)) {
      timer_cancel(w, t); /* one-shot that did not free itself */
    }
    pos = w->head.next;
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  struct wheel w;
  wheel_init(&w);
  char label[12];
  for (int i = 0; i < 4; i++) {
    snprintf(label, sizeof label, "%.*s", 2 + i, alpha + i);
    timer_add(&w, 1 + (unsigned)i, 2 + (unsigned)i, on_log, label);
  }
  timer_add(&w, 3, 0, on_once, "once");
  timer_add(&w, 5, 0, on_killer, "killer");
  w.victim = timer_add(&w, 9, 0, on_once, "victim");
  for (int t = 0; t < n * 2; t++) advance(&w);
  printf("%d timers left, log %ld, now %u\n", w.count, w.log, w.now);
  while (w.head.next != &w.head) timer_cancel(&w, node_of(w.head.next));
  return 0;
}
