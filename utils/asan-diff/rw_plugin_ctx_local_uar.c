// EXPECT: stack-use-after-return
// A C plugin host: plugins register callbacks with a void *context. The init function of a
// plugin registers a pointer to its local configuration struct as the context (it should
// have been heap-allocated); the host calls the callback later, after init returned.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int (*hook_fn)(void *ctx, const char *event, int value);

struct hook { const char *name; hook_fn fn; void *ctx; };

struct host {
  struct hook hooks[8];
  int nhooks;
  int dispatched;
};

static int host_register(struct host *h, const char *name, hook_fn fn, void *ctx) {
  if (h->nhooks == 8) return -1;
  h->hooks[h->nhooks++] = (struct hook){ name, fn, ctx };
  return 0;
}

static int host_dispatch(struct host *h, const char *event, int value) {
  int sum = 0;
  for (int i = 0; i < h->nhooks; i++) {
    sum += h->hooks[i].fn(h->hooks[i].ctx, event, value);
    h->dispatched++;
  }
  return sum;
}

/* --- a counter plugin, written correctly --- */
struct counter { int count; };
static int counter_hook(void *ctx, const char *event, int value) {
  (void)event;
  struct counter *c = ctx;
  c->count++;
  return value;
}

/* --- a threshold plugin --- */
struct threshold_cfg {
  char watch[16];
  int limit;
  int hits;
};

static int threshold_hook(void *ctx, const char *event, int value) {
  struct threshold_cfg *cfg = ctx;
  if (strcmp(cfg->watch, event) != 0) return 0; // BUG
  if (value > cfg->limit) cfg->hits++;
  return value > cfg->limit;
}

__attribute__((noinline)) /* plugins normally live in their own object file */
static int threshold_init(struct host *h, const char *watch, int limit) {
  struct threshold_cfg cfg;
  memset(&cfg, 0, sizeof cfg);
  snprintf(cfg.watch, sizeof cfg.watch, "%s", watch);
  cfg.limit = limit;
  return host_register(h, "threshold", threshold_hook, &cfg);
}

int main(int argc, char **argv) {
  int limit = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct host h = { 0 };
  struct counter *c = calloc(1, sizeof *c);
  host_register(&h, "counter", counter_hook, c);
  if (threshold_init(&h, "latency", limit * 5) != 0) return 1;
  static const char *events[] = { "latency", "errors", "latency", "queue" };
  int total = 0;
  for (int i = 0; i < 12; i++) total += host_dispatch(&h, events[i % 4], (alpha[i] - 'A') * 7);
  printf("%d dispatched, counter %d, total %d\n", h.dispatched, c->count, total);
  free(c);
  return 0;
}
