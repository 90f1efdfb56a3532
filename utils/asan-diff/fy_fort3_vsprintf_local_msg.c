// EXPECT: stack-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=3
// An error-reporting helper formats with vsprintf (__vsprintf_chk under
// _FORTIFY_SOURCE) into a fixed local message buffer; a long argument
// overflows it.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int errors;

__attribute__((noinline)) static void report(const char *fmt, ...) {
  char msg[32];
  va_list ap;
  va_start(ap, fmt);
  vsprintf(msg, fmt, ap); // BUG
  va_end(ap);
  errors++;
  fprintf(stderr, "error %d: %s\n", errors, msg);
}

int main(int argc, char **argv) {
  report("bad count %d", atoi(argv[1]));
  report("unknown option '%s' (see --help)", argv[2]);
  return errors;
}
