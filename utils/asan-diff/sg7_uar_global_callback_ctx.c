// EXPECT: stack-use-after-return
// A C event API stores (callback, void *ctx) in globals. setup() registers
// a handler with the address of its own local settings struct as ctx and
// returns; the event fires later and the handler reads the dead struct.
#include <stdio.h>
#include <stdlib.h>
struct Settings {
  int threshold;
  int scale;
  char name[16];
};
typedef int (*handler_fn)(void *ctx, int value);
static handler_fn g_handler;
static void *g_ctx;
static void on_event(handler_fn fn, void *ctx) { g_handler = fn; g_ctx = ctx; }
static int clamp_handler(void *ctx, int value) {
  const struct Settings *s = ctx;
  return value > s->threshold ? s->threshold * s->scale : value; // BUG
}
__attribute__((noinline)) static void setup(int n) {
  struct Settings s = {n * 2, 3, "clamp"};
  on_event(clamp_handler, &s);
}
__attribute__((noinline)) static int fire(int value) { return g_handler ? g_handler(g_ctx, value) : value; }
int main(int argc, char **argv) {
  setup(atoi(argv[1]));
  printf("%d\n", fire(argc * 50));
  return 0;
}
