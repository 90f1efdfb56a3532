// EXPECT: none
// printf-family calls at their exact limits: snprintf into a buffer of
// exactly the output plus terminator, "%-*s" with a width that fits,
// "%.*s" over an unterminated field of exactly that precision, "%.3ls" over
// a wide array of 3 characters with no terminator, the %hhn/%hn/%zn/%jn
// stores into their own types, asprintf's text written with its length,
// dprintf and vsnprintf through a wrapper.
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

static int logf_into(char *dst, size_t cap, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(dst, cap, fmt, ap);
  va_end(ap);
  return n;
}

int main(int argc, char **argv) {
  char exact[9]; // "id=10;ok" + NUL
  int n1 = snprintf(exact, sizeof exact, "id=%s;ok", argv[1]);
  char cell[12];
  int n2 = sprintf(cell, "%-*s|", 10, "name");
  char *field = malloc(5);
  memcpy(field, "ABCDE", 5); // no terminator
  char out[16];
  int n3 = snprintf(out, sizeof out, "[%.*s]", 5, field);
  wchar_t wide[3] = {L'x', L'y', L'z'};
  char wout[8];
  int n4 = snprintf(wout, sizeof wout, "%.3ls", wide);
  signed char hh;
  short h;
  size_t z;
  intmax_t j;
  printf("ab%hhncd%hnef%zngh%jn\n", &hh, &h, &z, &j);
  char *msg;
  int len = asprintf(&msg, "user=%s", argv[2]);
  FILE *f = fopen("printf.out", "w");
  fwrite(msg, 1, (size_t)len, f);
  fclose(f);
  int dn = dprintf(STDOUT_FILENO, "%s\n", exact);
  char lbuf[32];
  int n5 = logf_into(lbuf, sizeof lbuf, "%s-%d-%s", "pre", 42, argv[2]);
  printf("%d %d %d %d %d %d %d %d %d %d %d %s %s\n", n1, n2, n3, n4, hh, h,
         (int)z, (int)j, len, dn, n5, out, wout);
  free(msg);
  free(field);
  return 0;
}
