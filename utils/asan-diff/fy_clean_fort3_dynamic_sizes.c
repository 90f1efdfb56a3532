// EXPECT: none
// FLAGS: -D_FORTIFY_SOURCE=3
// _FORTIFY_SOURCE=3 computes __builtin_dynamic_object_size for malloc'd
// blocks of run-time size, so memmove, memset, strcpy, snprintf and
// vsnprintf on them become the _chk entry points with the block's size.
// Everything here stays exactly within bounds: block-sized copies, a
// formatted line that fills the block but for the terminator, and a
// calloc'd table updated in place.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fmt_into(char *buf, size_t n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(buf, n, fmt, ap);
  va_end(ap);
  return r;
}

int main(int argc, char **argv) {
  size_t n = (size_t)atoi(argv[1]);
  size_t len = strlen(argv[2]);
  char *a = malloc(len + 1);
  strcpy(a, argv[2]);
  char *b = malloc(len);
  memcpy(b, a, len);
  memset(b, 'z', len / 2);
  int *tab = calloc(n, sizeof *tab);
  for (size_t i = 0; i < n; i++) tab[i] = (int)(i * i);
  memmove(tab + 1, tab, (n - 1) * sizeof *tab);
  char *line = malloc(n + 1);
  int want = fmt_into(line, n + 1, "%s", a);
  char *s2 = malloc(n * 3);
  snprintf(s2, n * 3, "%d:%d:%.5s", tab[n - 1], want, b);
  printf("%s %s %.*s\n", line, s2, (int)len, b);
  free(s2);
  free(line);
  free(tab);
  free(b);
  free(a);
  return 0;
}
