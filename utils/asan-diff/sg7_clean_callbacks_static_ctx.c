// EXPECT: none
// Callbacks stored in globals with context pointers that stay valid: a
// static local, a global, and a caller's local that is unregistered before
// the caller returns. A function returns a pointer to its static buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef long (*cb_fn)(void *ctx, int v);
static cb_fn g_cb[3];
static void *g_ctx[3];
static int g_limit = 50;
static long add_ctx(void *ctx, int v) { return *(int *)ctx + v; }
static long clamp_ctx(void *ctx, int v) { return v > *(int *)ctx ? *(int *)ctx : v; }
static void reg(int slot, cb_fn fn, void *ctx) { g_cb[slot] = fn; g_ctx[slot] = ctx; }
static long fire(int v) {
  long s = 0;
  for (int i = 0; i < 3; i++)
    if (g_cb[i]) s += g_cb[i](g_ctx[i], v);
  return s;
}
__attribute__((noinline)) static void setup(int n) {
  static int offset;
  offset = n;
  reg(0, add_ctx, &offset);
  reg(1, clamp_ctx, &g_limit);
}
__attribute__((noinline)) static long scoped(int n) {
  int local = n * 2;
  reg(2, add_ctx, &local);
  long r = fire(n);
  reg(2, NULL, NULL);
  return r;
}
__attribute__((noinline)) static const char *fmt_id(int n) {
  static char buf[16];
  snprintf(buf, sizeof buf, "id-%d", n);
  return buf;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  setup(n);
  long s = scoped(n) + fire(argc * 40);
  const char *id = fmt_id(n);
  printf("%ld %s %zu\n", s, id, strlen(id));
  return 0;
}
