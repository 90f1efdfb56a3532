// EXPECT: none
// Wide searches on strings that end at the very end of odd-sized heap blocks, empty strings and needles.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
static wchar_t *dupw(const wchar_t *s) { /* exact block: the terminator is the last element */
  size_t n = wcslen(s) + 1;
  wchar_t *p = malloc(n * sizeof(wchar_t));
  wmemcpy(p, s, n);
  return p;
}
int main(int argc, char **argv) {
  wchar_t *h = dupw(L"alpha,beta;gamma"), *e = dupw(L""), *one = dupw(L"z");
  wchar_t *set = dupw(L";,"), *none = dupw(L"");
  long r = 0;
  r += wcschr(h, L'a') - h;              /* first char */
  r += wcschr(h, L'\0') - h;             /* the terminator itself */
  r += wcschr(h, L'q') == 0;             /* reads the whole string */
  r += wcschr(e, L'\0') - e;
  r += wcsrchr(h, L'a') - h;
  r += wcsrchr(e, L'x') == 0;
  r += wcsrchr(one, L'z') - one;
  r += wcsstr(h, L"gamma") - h;          /* match ends at the block's end */
  r += wcsstr(h, L"") == h;              /* empty needle */
  r += wcsstr(e, L"") == e;
  r += wcsstr(h, L"gammaX") == 0;
  r += wcsstr(one, L"z") == one;
  r += (long)wcsspn(h, L"abhlp");        /* "alpha" */
  r += (long)wcsspn(e, L"abc");
  r += (long)wcsspn(h, none);            /* empty accept set */
  r += (long)wcscspn(h, set);
  r += (long)wcscspn(one, set);          /* stops at the terminator */
  r += (long)wcscspn(h, none);
  r += wcspbrk(h, set) - h;
  r += wcspbrk(one, set) == 0;
  r += wcspbrk(e, set) == 0;
  wchar_t *m = wmemchr(h, L'g', wcslen(h)); /* found */
  r += m - h;
  r += wmemchr(h, L'Q', wcslen(h) + 1) == 0; /* N covers the terminator exactly */
  r += wmemchr(h, L'a', 0) == 0;
  r += wmemchr(h + wcslen(h), L'\0', 1) != 0; /* the last element of the block */
  printf("%ld %d\n", r, argc);
  free(h); free(e); free(one); free(set); free(none);
  return 0;
}
