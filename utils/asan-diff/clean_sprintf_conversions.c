// EXPECT: none
// Every printf conversion with widths and precisions: %.*s and %.Ns shorter than unterminated arrays (legal), %ls with a precision, every %n size, exact-fit snprintf.
#define _GNU_SOURCE
#include <inttypes.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
int main(int argc, char **argv) {
  char raw[5] = {'h', 'e', 'l', 'l', 'o'};          /* not terminated */
  char *hraw = malloc(3);
  memcpy(hraw, "xyz", 3);                          /* not terminated, odd-sized block */
  wchar_t wraw[3] = {L'a', L'b', L'c'};            /* not terminated */
  signed char hhn; short hn; int n; long ln; long long lln; intmax_t jn; size_t zn; ptrdiff_t tn;
  char b[512];
  int len = sprintf(b, "[%.*s][%.3s][%5.2s][%-6.1s][%.0s][%.3ls][%.8ls]%hhn%hn%n%ln%lln%jn%zn%tn", 5, raw, hraw, raw, hraw,
                    "unused", wraw, L"wide", &hhn, &hn, &n, &ln, &lln, &jn, &zn, &tn);
  len += sprintf(b + len, "%d %i %u %o %x %X %#x %#o %+d % d %05d %-5d| %ld %lld %hd %hhd %hu %hhu %jd %zd %zu %td",
                 -1, 2, 3u, 8u, 255u, 255u, 255u, 8u, 5, 5, 42, 42, 1L << 40, -1LL, (short)-2, (signed char)-3,
                 (unsigned short)65535, (unsigned char)255, (intmax_t)-5, (ptrdiff_t)6, (size_t)7, (ptrdiff_t)-8);
  len += sprintf(b + len, " %f %.0f %e %E %g %G %a %A %10.3f %-10.2e %Lf %Lg %c %lc %% %p %s %5s %-5s| %" PRId64 " %" PRIx32,
                 1.5, 2.5, 12345.678, 0.000123, 1e100, 1e-5, 1.0, 0.5, 3.14159, -2.0, (long double)1.25, (long double)1e300,
                 'q', (wint_t)L'w', (void *)b, "", "ab", "cd", (int64_t)-9, (uint32_t)0xdead);
  char *exact = malloc(6);
  int e = snprintf(exact, 6, "%s", "hello");      /* fits exactly */
  char *trunc = malloc(4);
  int t = snprintf(trunc, 4, "%d-%s", 12345, argv[2]); /* truncated */
  int z = snprintf(NULL, 0, "%s%d", argv[2], argc); /* only measured */
  char one[1];
  int o = snprintf(one, 1, "abc");
  char *asp = 0;
  int as = asprintf(&asp, "%.2s|%*d|%-*.*s|", raw, 6, argc, 8, 3, hraw);
  int dp = dprintf(2, "%.4s\n", raw);
  printf("%d %d %d %d %ld %lld %jd %zu %td %s|%d %s %d %s %d %d %d %s %d\n", len, hhn, hn, n, ln, lln, jn, zn, tn, b, e, exact, t,
         trunc, z, o, as, asp, dp);
  free(hraw); free(exact); free(trunc); free(asp);
  return 0;
}
