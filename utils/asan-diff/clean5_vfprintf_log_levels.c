// EXPECT: none
// A logging layer on the printf family: vfprintf to a log file with a heap
// buffer, vprintf to stdout, vdprintf to a descriptor, vsnprintf into a
// sized heap string, vasprintf, fprintf to stderr; the log stream kept in a
// struct, closed and its buffer freed at shutdown; va_copy across calls.
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct logger {
  FILE *f;
  char *buf;
  int fd;
  unsigned long bytes;
};

static void logv(struct logger *lg, int level, const char *fmt, ...) {
  va_list ap, cp;
  va_start(ap, fmt);
  va_copy(cp, ap);
  int len = vsnprintf(NULL, 0, fmt, cp);
  va_end(cp);
  char *msg = malloc((size_t)len + 1);
  va_copy(cp, ap);
  vsnprintf(msg, (size_t)len + 1, fmt, cp);
  va_end(cp);
  fprintf(lg->f, "[%d] ", level);
  va_copy(cp, ap);
  lg->bytes += (unsigned long)vfprintf(lg->f, fmt, cp);
  va_end(cp);
  fputc('\n', lg->f);
  if (level > 2) {
    va_copy(cp, ap);
    vprintf(fmt, cp);
    va_end(cp);
    putchar('\n');
  }
  va_copy(cp, ap);
  vdprintf(lg->fd, fmt, cp);
  va_end(cp);
  char *dup;
  if (vasprintf(&dup, fmt, ap) >= 0) {
    lg->bytes += strcmp(dup, msg) == 0;
    free(dup);
  }
  va_end(ap);
  free(msg);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  struct logger lg = {0};
  lg.f = fopen("app.log", "w");
  lg.buf = malloc(200);
  setvbuf(lg.f, lg.buf, _IOLBF, 200);
  FILE *raw = fopen("raw.log", "w");
  lg.fd = fileno(raw);
  for (int i = 0; i < n * 6; ++i)
    logv(&lg, i % 4, "event %d %s %5.2f %c", i, alpha + i % 26, i / 3.0,
         alpha[i % 26]);
  fprintf(stderr, "logged %lu bytes\n", lg.bytes);
  fclose(lg.f);
  free(lg.buf);
  fclose(raw);
  printf("bytes %lu\n", lg.bytes);
  return 0;
}
