// EXPECT: stack-use-after-return
// setup_logging registers a handler whose context is a struct on its own stack; events dispatched after it returned read the dead frame
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef void (*handler_fn)(void *ctx, int event, const char *msg);

struct registration {
  handler_fn fn;
  void *ctx;
  int mask;
};

static struct registration registry[8];
static int nreg;

static int subscribe(handler_fn fn, void *ctx, int mask) {
  if (nreg == 8) return -1;
  registry[nreg].fn = fn;
  registry[nreg].ctx = ctx;
  registry[nreg].mask = mask;
  return nreg++;
}

static void publish(int event, const char *msg) {
  for (int i = 0; i < nreg; i++)
    if (registry[i].mask & (1 << event)) registry[i].fn(registry[i].ctx, event, msg);
}

struct counter_ctx {
  int counts[4];
  long bytes;
};

static void count_handler(void *ctx, int event, const char *msg) {
  struct counter_ctx *c = ctx;
  c->counts[event]++;
  c->bytes += (long)strlen(msg);
}

struct log_ctx {
  char prefix[16];
  int level;
  unsigned lines;
  unsigned hash;
};

static void log_handler(void *ctx, int event, const char *msg) {
  struct log_ctx *l = ctx;
  if (event < l->level) return; // BUG
  l->lines++;
  for (const char *p = l->prefix; *p; p++) l->hash = l->hash * 33 + (unsigned char)*p;
  for (const char *p = msg; *p; p++) l->hash = l->hash * 33 + (unsigned char)*p;
}

static unsigned setup_logging(const char *name, int level) {
  struct log_ctx lc;   /* lives only as long as this call */
  memset(&lc, 0, sizeof lc);
  snprintf(lc.prefix, sizeof lc.prefix, "[%.8s]", name);
  lc.level = level;
  subscribe(log_handler, &lc, 0xF);
  publish(3, "logging configured");
  return lc.hash;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *name = argc > 2 ? argv[2] : "app";
  struct counter_ctx counter;
  memset(&counter, 0, sizeof counter);
  subscribe(count_handler, &counter, 0xF);
  unsigned h = setup_logging(name, 1);
  char msg[48];
  for (int i = 0; i < n; i++) {
    snprintf(msg, sizeof msg, "event %d from %.10s", i, name + i % 5);
    publish(i % 4, msg);
  }
  printf("setup=%08x counts=%d,%d,%d,%d bytes=%ld\n", h, counter.counts[0], counter.counts[1],
         counter.counts[2], counter.counts[3], counter.bytes);
  return 0;
}
