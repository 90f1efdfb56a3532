// EXPECT: heap-buffer-overflow
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
static void fmt(char *out, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  vsprintf(out, f, ap); // BUG
  va_end(ap);
}
int main(int argc, char **argv) {
  char *p = malloc(16);
  fmt(p, "%s-%d", argv[2], argc);
  printf("%c\n", p[0]);
  free(p);
  return 0;
}
