// EXPECT: heap-use-after-free
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char *fmt(const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *out = 0;
  int n = vasprintf(&out, f, ap); // BUG
  va_end(ap);
  return n < 0 ? 0 : out;
}
int main(int argc, char **argv) {
  char *name = strdup(argv[2]);
  free(name);
  char *s = fmt("<%s:%d>", name, atoi(argv[1]));
  printf("%s\n", s);
  free(s);
  return 0;
}
