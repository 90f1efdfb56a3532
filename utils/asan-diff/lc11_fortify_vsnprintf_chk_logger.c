// EXPECT: global-buffer-overflow
// A variadic logger built with _FORTIFY_SOURCE formats into a global
// line buffer with vsnprintf (__vsnprintf_chk at -O2), passing the size
// of the whole ring (LINES * LINE_LEN) instead of one line's size; the
// last line overflows the global.
// FLAGS: -D_FORTIFY_SOURCE=2 -Wno-fortify-source
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define LINES 4
#define LINE_LEN 24
static char ring[LINES][LINE_LEN];
static int next_line;

__attribute__((noinline)) static void logf_(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *line = ring[next_line];
  next_line = (next_line + 1) % LINES;
  vsnprintf(line, LINES * LINE_LEN, fmt, ap); // BUG
  va_end(ap);
}

int main(int argc, char **argv) {
  logf_("start %d", argc);
  logf_("args ok");
  logf_("alphabet");
  logf_("alphabet is %s", argv[2]);
  printf("%s\n", ring[0]);
  return 0;
}
