// EXPECT: none
// v*scanf/v*printf and %n conversions into targets of exactly the size they fill.
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <wchar.h>
static int parse(const char *s, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsscanf(s, fmt, ap);
  va_end(ap);
  return n;
}
static int readf(FILE *f, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vfscanf(f, fmt, ap);
  va_end(ap);
  return n;
}
static char *fmt(const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *out = 0;
  int n = vasprintf(&out, f, ap);
  va_end(ap);
  return n < 0 ? 0 : out;
}
char word[6];
int main(int argc, char **argv) {
  short sv;
  int n1 = parse(argv[1], "%hd", &sv);
  FILE *f = fopen("long.txt", "r");
  int n2 = readf(f, "%5[a-z ]", word);
  fclose(f);
  int v, used;
  int n3 = sscanf(argv[1], "%3d%n", &v, &used);
  char *set = malloc(13);
  int n4 = sscanf(argv[2], "%12[A-M]", set);
  wchar_t wc[3];
  int n5 = sscanf(argv[2], "%3lc", wc);
  int *count = malloc(sizeof *count);
  FILE *null = fopen("/dev/null", "w");
  fprintf(null, "%s%n\n", argv[2], count);
  fclose(null);
  char out[27];
  long ln;
  int n6 = snprintf(out, sizeof out, "%s%ln", argv[2], &ln);
  char *s = fmt("<%s:%d>", argv[2], atoi(argv[1]));
  char *term = malloc(5);
  snprintf(term, 5, "%.4s", argv[2]);
  int fd = open("/dev/null", O_WRONLY);
  int n7 = dprintf(fd, "%s\n", term);
  close(fd);
  wchar_t ws[8];
  int n8 = swprintf(ws, 8, L"%.7s", argv[2]);
  int n9 = swprintf(ws, 8, L"%s", argv[2]);
  printf("%d %d %d %s %d %d %d %s %d %lc %d %d %s %ld %s %d %ls %d\n", n1, sv, n2, word, n3, used,
         n4, set, n5, (wint_t)wc[2], *count, n6, out, ln, s, n7, ws, n8 + n9);
  free(term);
  free(s);
  free(count);
  free(set);
  return 0;
}
