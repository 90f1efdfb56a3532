// EXPECT: heap-use-after-free
// FLAGS: -D_FORTIFY_SOURCE=3
// A logger formats messages with vsnprintf into a scratch buffer owned by
// the logger. Reconfiguring the logger frees the scratch buffer and
// allocates a new one, but a cached pointer to the old buffer is used for
// the next message.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct logger { char *scratch; size_t cap; int level; };
static char *cached;

__attribute__((noinline)) static void log_reconfigure(struct logger *l,
                                                      size_t cap) {
  free(l->scratch);
  l->scratch = malloc(cap);
  l->cap = cap;
}

__attribute__((noinline)) static void logmsg(struct logger *l, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(cached, l->cap, fmt, ap); // BUG
  va_end(ap);
  fputs(cached, stdout);
}

int main(int argc, char **argv) {
  struct logger l = {malloc(64), 64, 1};
  cached = l.scratch;
  logmsg(&l, "start %d\n", atoi(argv[1]));
  log_reconfigure(&l, 128);
  logmsg(&l, "now %s\n", argv[2]);
  free(l.scratch);
  return 0;
}
