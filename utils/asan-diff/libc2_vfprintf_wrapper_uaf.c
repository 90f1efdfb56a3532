// EXPECT: heap-use-after-free
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void logf_(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfprintf(f, fmt, ap);
  va_end(ap);
}
int main(int argc, char **argv) {
  char *name = strdup(argv[2]);
  free(name);
  logf_(stdout, "name=%s\n", name); // BUG
  return 0;
}
