// EXPECT: none
// With _FORTIFY_SOURCE the printf family becomes the __*_chk variants at
// -O2: sprintf/snprintf/vsnprintf/fprintf into buffers that are big
// enough, including an exact fit and a truncating snprintf.
// FLAGS: -D_FORTIFY_SOURCE=2
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char logline[40];

__attribute__((noinline)) static int logf_(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(logline, sizeof logline, fmt, ap);
  va_end(ap);
  return n;
}

int main(int argc, char **argv) {
  char exact[6];
  sprintf(exact, "%05d", 12345 % (argc * 100000));
  char *path = malloc(strlen("/var/") + strlen(argv[2]) + 1);
  sprintf(path, "/var/%s", argv[2]);
  char small[8];
  int want = snprintf(small, sizeof small, "%s", argv[2]);
  int n = logf_("%s has %zu chars and %d args", argv[2], strlen(argv[2]), argc);
  fprintf(stdout, "%s %s %s %d %d %s\n", exact, path, small, want, n, logline);
  free(path);
  return 0;
}
