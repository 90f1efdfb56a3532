// EXPECT: none
// FLAGS: -D_FORTIFY_SOURCE=2
// The fortified printf family on correct arguments: printf (__printf_chk),
// fprintf to stderr and a file, dprintf, vsnprintf through a wrapper,
// asprintf, snprintf truncating into an exactly-sized local array,
// %n-free formats with precision and width from arguments.
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *fmt_alloc(const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *s = malloc((size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  return s;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char small[8];
  int want = snprintf(small, sizeof small, "%s", argv[2]);
  char *a = fmt_alloc("%*d|%-*.*s|", n, n, n, 5, argv[2]);
  char *b = NULL;
  if (asprintf(&b, "%s/%s", a, small) < 0) return 1;
  FILE *f = fopen("out.txt", "w");
  fprintf(f, "%s %d\n", b, want);
  fclose(f);
  dprintf(STDOUT_FILENO, "fd: %zu\n", strlen(b));
  fprintf(stderr, "err: %.3s\n", small);
  printf("%s %d %s\n", small, want, b);
  free(b);
  free(a);
  return 0;
}
