// EXPECT: heap-buffer-overflow
// A vsscanf wrapper's unbounded %[A-Z] into a 10-byte heap block.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
static int scan(const char *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsscanf(s, fmt, ap); // BUG
  va_end(ap);
  return r;
}
int main(int argc, char **argv) {
  char *b = malloc(atoi(argv[1]));
  int r = scan(argv[2], "%[A-Z]", b);
  printf("%d %c\n", r, b[0]);
  free(b);
  return 0;
}
