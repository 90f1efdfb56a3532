// EXPECT: none
// wcstok over strings at the ends of heap blocks (leading, trailing and only delimiters), wcstod/wcstol end pointers.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
static wchar_t *dupw(const wchar_t *s) {
  size_t n = wcslen(s) + 1;
  wchar_t *p = malloc(n * sizeof(wchar_t));
  wmemcpy(p, s, n);
  return p;
}
int main(int argc, char **argv) {
  const wchar_t *inputs[] = {L",,a,bb,,ccc,", L"word", L"", L",,,", L"x,"};
  long r = 0;
  for (int i = 0; i < 5; i++) {
    wchar_t *s = dupw(inputs[i]), *save = 0;
    for (wchar_t *t = wcstok(s, L",", &save); t; t = wcstok(0, L",", &save))
      r += 10 * (long)wcslen(t) + 1;
    r += wcstok(0, L",", &save) == 0; /* once more after the end */
    free(s);
  }
  wchar_t *num = dupw(L"  -12.5e2xyz"), *end;
  double d = wcstod(num, &end);
  r += end - num;
  wchar_t *only = dupw(L"3.25");        /* the number ends at the block's end */
  d += wcstod(only, &end);
  r += end - only;
  d += wcstod(only, 0);                 /* NULL end pointer */
  wchar_t *bad = dupw(L"");
  d += wcstod(bad, &end);
  r += end == bad;
  wchar_t *hex = dupw(L"0x1fZ");
  long l = wcstol(hex, &end, 16);
  r += end - hex;
  unsigned long u = wcstoul(only, &end, 10);
  r += end - only;
  printf("%ld %g %ld %lu %d\n", r, d, l, u, argc);
  free(num); free(only); free(bad); free(hex);
  return 0;
}
