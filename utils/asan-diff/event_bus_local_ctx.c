// EXPECT: stack-use-after-return
// the key-stats context is a local of setup_key_stats, not static: the handler writes it after the function returned
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum ev_type { EV_KEY, EV_TICK, EV_RESIZE, EV_QUIT, EV_NTYPES };

struct event {
  enum ev_type type;
  int a, b;
  char text[16];
};

typedef int (*handler_fn)(void *ctx, const struct event *ev);

struct subscription {
  handler_fn fn;
  void *ctx;
  const char *name;
  int calls;
};

#define MAX_SUBS 8
#define QUEUE_CAP 64

struct bus {
  struct subscription subs[EV_NTYPES][MAX_SUBS];
  int nsubs[EV_NTYPES];
  struct event queue[QUEUE_CAP];
  int qhead, qlen;
  int dropped;
};

static struct bus the_bus;

static int bus_subscribe(struct bus *b, enum ev_type t, handler_fn fn, void *ctx, const char *name) {
  if (b->nsubs[t] == MAX_SUBS) return -1;
  b->subs[t][b->nsubs[t]++] = (struct subscription){ fn, ctx, name, 0 };
  return 0;
}

static void bus_post(struct bus *b, struct event ev) {
  if (b->qlen == QUEUE_CAP) { b->dropped++; return; }
  b->queue[(b->qhead + b->qlen) % QUEUE_CAP] = ev;
  b->qlen++;
}

/* Dispatches queued events (handlers may post more); returns 0 after EV_QUIT. */
static int bus_dispatch(struct bus *b, int max_events) {
  while (b->qlen > 0 && max_events-- > 0) {
    struct event ev = b->queue[b->qhead];
    b->qhead = (b->qhead + 1) % QUEUE_CAP;
    b->qlen--;
    for (int i = 0; i < b->nsubs[ev.type]; i++) {
      struct subscription *s = &b->subs[ev.type][i];
      s->calls++;
      if (s->fn(s->ctx, &ev)) break; /* consumed */
    }
    if (ev.type == EV_QUIT) return 0;
  }
  return 1;
}

/* --- a key statistics module --- */
struct key_stats {
  int presses;
  int histogram[26];
  char last[8];
};

static int on_key_stats(void *ctx, const struct event *ev) {
  struct key_stats *st = ctx;
  st->presses++; // BUG
  if (ev->a >= 'A' && ev->a <= 'Z') st->histogram[ev->a - 'A']++;
  memmove(st->last, st->last + 1, sizeof st->last - 2);
  st->last[sizeof st->last - 2] = (char)ev->a;
  return 0;
}

static struct key_stats *active_stats;

__attribute__((noinline)) /* its own file in the real program */ static void setup_key_stats(struct bus *b) {
  struct key_stats st;
  memset(&st, 0, sizeof st);
  memset(st.last, '.', sizeof st.last - 1);
  bus_subscribe(b, EV_KEY, on_key_stats, &st, "key-stats");
  active_stats = &st;
}

/* --- a line editor module: consumes keys, posts EV_QUIT on 'Q' --- */
struct editor {
  char line[64];
  int len;
  int lines_done;
  struct bus *bus;
};

static int on_key_editor(void *ctx, const struct event *ev) {
  struct editor *ed = ctx;
  if (ev->a == 'Q') {
    bus_post(ed->bus, (struct event){ EV_QUIT, 0, 0, "q" });
    return 1;
  }
  if (ev->a == '\n' || ed->len == (int)sizeof ed->line - 1) {
    ed->lines_done++;
    ed->len = 0;
  } else {
    ed->line[ed->len++] = (char)ev->a;
  }
  ed->line[ed->len] = '\0';
  return 0;
}

static int on_resize_editor(void *ctx, const struct event *ev) {
  struct editor *ed = ctx;
  if (ed->len > ev->a) { ed->len = ev->a; ed->line[ed->len] = '\0'; }
  return 0;
}

/* --- a timer module: counts ticks, every 5th tick posts a resize --- */
struct timer { int ticks; long elapsed_ms; struct bus *bus; };

static int on_tick(void *ctx, const struct event *ev) {
  struct timer *t = ctx;
  t->ticks++;
  t->elapsed_ms += ev->a;
  if (t->ticks % 5 == 0) bus_post(t->bus, (struct event){ EV_RESIZE, 40 - t->ticks, 24, "" });
  return 0;
}

static int on_any_log(void *ctx, const struct event *ev) {
  int *count = ctx;
  (*count)++;
  (void)ev;
  return 0;
}

int main(int argc, char **argv) {
  int tick_ms = argc > 1 ? atoi(argv[1]) : 10;
  const char *keys = argc > 2 ? argv[2] : "HELLO";
  struct bus *b = &the_bus;
  struct editor *ed = calloc(1, sizeof *ed);
  ed->bus = b;
  struct timer tm = { 0, 0, b };
  int logged = 0;

  setup_key_stats(b);
  bus_subscribe(b, EV_KEY, on_key_editor, ed, "editor");
  bus_subscribe(b, EV_RESIZE, on_resize_editor, ed, "editor-resize");
  bus_subscribe(b, EV_TICK, on_tick, &tm, "timer");
  for (int t = 0; t < EV_NTYPES; t++) bus_subscribe(b, (enum ev_type)t, on_any_log, &logged, "log");

  /* Feed the letters twice, a newline every 7 keys, a tick every 3, then 'Q'. */
  int running = 1, posted = 0;
  size_t nkeys = strlen(keys);
  for (size_t i = 0; i < 2 * nkeys && running; i++) {
    bus_post(b, (struct event){ EV_KEY, keys[i % nkeys], 0, "" });
    if (i % 7 == 6) bus_post(b, (struct event){ EV_KEY, '\n', 0, "" });
    if (i % 3 == 2) bus_post(b, (struct event){ EV_TICK, tick_ms, 0, "" });
    posted++;
    if (posted % 8 == 0) running = bus_dispatch(b, 16);
  }
  bus_post(b, (struct event){ EV_KEY, 'Q', 0, "" });
  while (running) running = bus_dispatch(b, 16);

  const struct key_stats *ks = active_stats;
  int top = 0;
  for (int i = 1; i < 26; i++)
    if (ks->histogram[i] > ks->histogram[top]) top = i;
  printf("keys %d (top %c x%d, last %s), lines %d, current '%s'\n", ks->presses, 'A' + top,
         ks->histogram[top], ks->last, ed->lines_done, ed->line);
  printf("ticks %d (%ld ms), logged %d, dropped %d\n", tm.ticks, tm.elapsed_ms, logged, b->dropped);
  for (int t = 0; t < EV_NTYPES; t++)
    for (int i = 0; i < b->nsubs[t]; i++)
      printf("  %-14s type %d: %d calls\n", b->subs[t][i].name, t, b->subs[t][i].calls);
  free(ed);
  return 0;
}
