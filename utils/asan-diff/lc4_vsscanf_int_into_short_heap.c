// EXPECT: heap-buffer-overflow
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
static int parse(const char *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsscanf(s, fmt, ap); // BUG
  va_end(ap);
  return n;
}
int main(int argc, char **argv) {
  short *v = malloc(sizeof(short));
  int n = parse(argv[1], "%d", v);
  printf("%d %d\n", n, *v);
  free(v);
  return 0;
}
