// EXPECT: none
// A single-threaded event loop with a timer list: callbacks may cancel other timers or
// themselves and schedule new ones while the loop is dispatching. Cancelled timers are only
// marked dead and reaped after the dispatch pass, so the loop never touches a freed timer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct loop;
struct timer;
typedef void (*timer_fn)(struct loop *, struct timer *, void *);

struct timer {
  long due;
  timer_fn fn;
  void *arg;
  int dead;
  struct timer *next;
};

struct loop {
  struct timer *timers;
  long now;
  int fired, reaped;
};

static struct timer *add_timer(struct loop *l, long delay, timer_fn fn, void *arg) {
  struct timer *t = calloc(1, sizeof *t);
  t->due = l->now + delay;
  t->fn = fn;
  t->arg = arg;
  t->next = l->timers;
  l->timers = t;
  return t;
}

static void cancel(struct timer *t) { if (t) t->dead = 1; }

static void reap(struct loop *l) {
  for (struct timer **pp = &l->timers; *pp;) {
    struct timer *t = *pp;
    if (t->dead) { *pp = t->next; free(t); l->reaped++; }
    else pp = &t->next;
  }
}

static void run(struct loop *l, long until) {
  while (l->now < until) {
    l->now++;
    for (struct timer *t = l->timers; t; t = t->next) {
      if (t->dead || t->due > l->now) continue;
      t->dead = 1; /* one-shot; a callback may re-arm by adding a new timer */
      t->fn(l, t, t->arg);
      l->fired++;
    }
    reap(l);
  }
}

struct conn { char name[16]; int pings; struct timer *timeout, *ping; };

static void on_timeout(struct loop *l, struct timer *self, void *arg) {
  struct conn *c = arg;
  (void)l; (void)self;
  cancel(c->ping);
  c->ping = c->timeout = NULL;
  printf("%ld: %s timed out after %d pings\n", l->now, c->name, c->pings);
}

static void on_ping(struct loop *l, struct timer *self, void *arg) {
  struct conn *c = arg;
  (void)self;
  c->pings++;
  if (c->pings % 3 == 0 && c->timeout) { /* activity: push the timeout back */
    cancel(c->timeout);
    c->timeout = add_timer(l, 7, on_timeout, c);
  }
  c->ping = c->pings < 6 ? add_timer(l, 2 + c->pings % 3, on_ping, c) : NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct loop l = { 0 };
  struct conn *conns = calloc((size_t)n, sizeof *conns);
  for (int i = 0; i < n; i++) {
    snprintf(conns[i].name, sizeof conns[i].name, "conn-%.3s", alpha + i);
    conns[i].timeout = add_timer(&l, 5 + i % 4, on_timeout, &conns[i]);
    conns[i].ping = add_timer(&l, 1 + i % 2, on_ping, &conns[i]);
  }
  run(&l, 40);
  for (struct timer *t = l.timers; t; t = t->next) t->dead = 1;
  reap(&l);
  printf("%d fired, %d timers freed, clock %ld\n", l.fired, l.reaped, l.now);
  free(conns);
  return 0;
}
