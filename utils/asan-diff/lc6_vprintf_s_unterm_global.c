// EXPECT: global-buffer-overflow
// A vprintf wrapper's %s of a global array filled to its last byte.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char g[10];
static void say(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vprintf(fmt, ap); // BUG
  va_end(ap);
}
int main(int argc, char **argv) {
  memcpy(g, argv[2], atoi(argv[1]));
  say("[%s]\n", g);
  return 0;
}
