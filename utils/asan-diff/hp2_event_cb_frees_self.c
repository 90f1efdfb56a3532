// EXPECT: heap-use-after-free
// an event loop dispatches timers from a linked list; a one-shot timer's callback cancels (and frees) its own event, and the dispatcher then reads its next pointer
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct loop;
struct event;
typedef void (*event_cb)(struct loop *, struct event *);

struct event {
  struct event *next;
  unsigned when, period;
  event_cb cb;
  void *arg;
  int fired;
};

struct loop {
  struct event *head;
  unsigned now;
  int nevents;
  long log[64];
  int nlog;
};

static struct event *loop_add(struct loop *l, unsigned delay, unsigned period, event_cb cb, void *arg) {
  struct event *e = calloc(1, sizeof *e);
  e->when = l->now + delay;
  e->period = period;
  e->cb = cb;
  e->arg = arg;
  struct event **pp = &l->head;
  while (*pp && (*pp)->when <= e->when) pp = &(*pp)->next;
  e->next = *pp;
  *pp = e;
  l->nevents++;
  return e;
}

static void loop_cancel(struct loop *l, struct event *e) {
  for (struct event **pp = &l->head; *pp; pp = &(*pp)->next) {
    if (*pp == e) {
      *pp = e->next;
      l->nevents--;
      free(e);
      return;
    }
  }
}

static void note(struct loop *l, long v) {
  if (l->nlog < 64) l->log[l->nlog++] = v;
}

static void on_tick(struct loop *l, struct event *e) { note(l, 1000 + (long)l->now + (long)(size_t)e->fired); }

static void on_timeout(struct loop *l, struct event *e) {
  const char *what = e->arg;
  note(l, 2000 + (long)strlen(what));
  loop_cancel(l, e); /* one-shot */
}

static void on_stats(struct loop *l, struct event *e) { note(l, 3000 + l->nevents + e->fired); }

/* Runs every event due at the current time. */
static int loop_dispatch(struct loop *l) {
  int ran = 0;
  struct event *e = l->head;
  while (e && e->when <= l->now) {
    e->fired++;
    e->cb(l, e);
    ran++;
    struct event *next = e->next; // BUG
    if (next && next->when < e->when) break; /* list corrupted */
    e = next;
  }
  return ran;
}

/* Reschedules periodic events that fired. */
static void loop_rearm(struct loop *l) {
  struct event *due = NULL, **pp = &l->head;
  while (*pp) {
    struct event *e = *pp;
    if (e->when <= l->now && e->period) {
      *pp = e->next;
      e->next = due;
      due = e;
    } else {
      pp = &e->next;
    }
  }
  while (due) {
    struct event *e = due;
    due = due->next;
    e->when = l->now + e->period;
    struct event **q = &l->head;
    while (*q && (*q)->when <= e->when) q = &(*q)->next;
    e->next = *q;
    *q = e;
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  char *label = argc > 2 ? argv[2] : "request";
  struct loop l;
  memset(&l, 0, sizeof l);
  loop_add(&l, 2, 2, on_tick, NULL);
  loop_add(&l, 5, 5, on_stats, NULL);
  loop_add(&l, 4, 0, on_timeout, label);
  int total = 0;
  for (l.now = 0; l.now < (unsigned)n * 2; l.now++) {
    total += loop_dispatch(&l);
    loop_rearm(&l);
  }
  long sum = 0;
  for (int i = 0; i < l.nlog; i++) sum += l.log[i];
  printf("%d callbacks, %d events left, log sum %ld\n", total, l.nevents, sum);
  while (l.head) loop_cancel(&l, l.head);
  return 0;
}
