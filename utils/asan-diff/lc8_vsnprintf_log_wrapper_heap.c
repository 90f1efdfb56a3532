// EXPECT: heap-buffer-overflow
// A logging helper formats through vsnprintf into a heap line buffer, passing the logger's nominal capacity rather than what was allocated.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct logger {
  char *line;
  size_t cap;
};
static int log_fmt(struct logger *lg, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(lg->line, lg->cap, fmt, ap); // BUG
  va_end(ap);
  return n;
}
int main(int argc, char **argv) {
  struct logger lg;
  lg.cap = 64;
  lg.line = malloc(atoi(argv[1]) + 6);
  int n = log_fmt(&lg, "[%s] %s", argv[1], argv[2]);
  printf("%d %s\n", n, lg.line);
  free(lg.line);
  return 0;
}
