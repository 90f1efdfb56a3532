// EXPECT: none
// FLAGS: -D_FORTIFY_SOURCE=2
// Correct string building under _FORTIFY_SOURCE=2 at every size the
// compiler can and cannot see: local arrays (where __strcpy_chk,
// __strcat_chk, __strncat_chk, __sprintf_chk are kept with the array's
// size), heap buffers through pointers (plain calls), exact fits with the
// terminator in the last byte, and stpcpy/mempcpy chains.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static size_t build_heap(char *dst, size_t cap,
                                                   const char *a, const char *b) {
  size_t la = strlen(a), lb = strlen(b);
  if (la + lb + 2 > cap) return 0;
  char *p = mempcpy(dst, a, la);
  *p++ = '+';
  p = stpcpy(p, b);
  return (size_t)(p - dst);
}

int main(int argc, char **argv) {
  const char *word = argv[2];
  int n = atoi(argv[1]);
  char exact[27];
  strcpy(exact, word);                  /* 26 + NUL: exactly full */
  char cat[40] = "w=";
  strcat(cat, exact);
  strncat(cat, "0123456789abc", sizeof cat - strlen(cat) - 1);
  char fmt[32];
  sprintf(fmt, "%d-%.*s", n, 20, word);
  char mv[16];
  memcpy(mv, word, sizeof mv);
  memmove(mv + 1, mv, sizeof mv - 1);
  memset(mv + 8, '.', 8);
  size_t cap = strlen(word) + strlen(fmt) + 2;
  char *h = malloc(cap);
  size_t used = build_heap(h, cap, word, fmt);
  char *d = malloc(used + 1);
  strncpy(d, h, used + 1);
  printf("%s|%s|%s|%.16s|%s|%zu\n", exact, cat, fmt, mv, d, used);
  free(d);
  free(h);
  return 0;
}
