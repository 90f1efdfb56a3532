// EXPECT: stack-buffer-overflow
// wmemchr over a wide token buffer is bounded by the byte size instead of the element count.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
int main(int argc, char **argv) {
  wchar_t tok[8];
  for (int i = 0; i < 8; i++)
    tok[i] = (wchar_t)argv[2][i];
  wchar_t want = (wchar_t)argv[1][0];
  wchar_t *p = wmemchr(tok, want, sizeof tok); // BUG
  printf("%ld\n", p ? (long)(p - tok) : -1L);
  return 0;
}
