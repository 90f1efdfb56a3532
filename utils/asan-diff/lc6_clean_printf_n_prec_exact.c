// EXPECT: none
// printf's %n with each length modifier into its own type, %Lf before %s, precisions that stop inside unterminated arrays, %5% before a %s, a vprintf wrapper over a terminated global.
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char g[10];
static void say(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long long ll = 0, lq = 0;
  signed char hh = 0;
  short h = 0;
  size_t z = 0;
  intmax_t j = 0;
  ptrdiff_t t = 0;
  int i = 0;
  printf("%s%lln%hhn%hn%zn%jn%tn%n%Ln|\n", argv[2], &ll, &hh, &h, &z, &j, &t, &i, &lq);
  char un[3] = {argv[2][0], argv[2][1], argv[2][2]};
  char *hu = malloc(n);
  memcpy(hu, argv[2], n);
  printf("%Lf %s %.3s %.*s %-*.*s|%5% %s\n", (long double)n / 4, argv[2] + 20, un, n, hu, 4, 2, un, argv[2] + 24);
  memcpy(g, argv[2], sizeof g - 1);
  say("[%s] %d %.0s\n", g, n, argv[2]);
  printf("%lld %d %d %zu %jd %td %d %lld\n", ll, hh, h, z, j, t, i, lq);
  free(hu);
  return 0;
}
