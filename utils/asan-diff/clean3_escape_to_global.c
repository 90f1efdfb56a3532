// EXPECT: none
// Locals whose addresses escape into globals: a "current context" pointer
// that callees use while the frame that owns it is live, a stack of
// registered buffers popped before each owner returns, and a pointer reset
// to NULL before the scope ends.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Ctx {
  char name[13];
  int depth;
  long acc;
};

static struct Ctx *current;
static char *registered[64];
static int nregistered;

__attribute__((noinline)) static void log_step(int v) {
  current->acc += v + current->name[12] + current->depth;
}

__attribute__((noinline)) static long total_registered(void) {
  long s = 0;
  for (int i = 0; i < nregistered; i++) s += registered[i][0] + registered[i][31];
  return s;
}

__attribute__((noinline)) static long nested(int depth, const char *tag) {
  struct Ctx ctx;
  struct Ctx *saved = current;
  char buf[32];
  memset(buf, depth, sizeof buf);
  memset(&ctx, 0, sizeof ctx);
  snprintf(ctx.name, sizeof ctx.name, "%.12s", tag);
  ctx.depth = depth;
  current = &ctx;
  registered[nregistered++] = buf;
  for (int i = 0; i < 3; i++) log_step(i);
  long s = total_registered();
  if (depth > 0) s += nested(depth - 1, tag + 1);
  log_step(100);
  nregistered--;
  current = saved;
  return s + ctx.acc;
}

int main(int argc, char **argv) {
  long t = 0;
  int n = atoi(argv[1]);
  for (int r = 0; r < n; r++) t += nested(20, argv[2]);
  if (current != NULL || nregistered != 0) return 1;
  printf("%ld %d\n", t, argc);
  return 0;
}
