// EXPECT: none
// swprintf/vswprintf into exact-fit heap buffers, truncated output (-1), N of 1, and %ls/%s/%lc/%n arguments.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
static int fmt(wchar_t *d, size_t n, const wchar_t *f, ...) {
  va_list ap;
  va_start(ap, f);
  int r = vswprintf(d, n, f, ap);
  va_end(ap);
  return r;
}
int main(int argc, char **argv) {
  wchar_t *exact = malloc(8 * sizeof(wchar_t));       /* "12-abcd" and its terminator */
  int r1 = swprintf(exact, 8, L"%d-%ls", 12, L"abcd");
  wchar_t small[4];
  int r2 = swprintf(small, 4, L"%s", "toolong");      /* does not fit: -1 */
  wchar_t *one = malloc(sizeof(wchar_t));
  int r3 = swprintf(one, 1, L"");                      /* only the terminator */
  wchar_t *v = malloc(6 * sizeof(wchar_t));
  int r4 = fmt(v, 6, L"%lc%.3s%c", L'x', argv[2], 'y'); /* precision shorter than the string */
  int n = -1;
  wchar_t big[64];
  int r5 = swprintf(big, 64, L"%5d|%-4ls|%n%#x|%.2f", argc, L"ab", &n, 255, 2.5);
  char unterminated[3] = {'a', 'b', 'c'};
  wchar_t *w2 = malloc(3 * sizeof(wchar_t));
  int r6 = fmt(w2, 3, L"%.2s", unterminated);         /* reads 2 of the 3 bytes */
  printf("%d %ls %d %d %d %ls %d %ls %d %d %ls\n", r1, exact, r2, r3, r4, v, r5, big, n, r6, w2);
  free(exact); free(one); free(v); free(w2);
  return 0;
}
