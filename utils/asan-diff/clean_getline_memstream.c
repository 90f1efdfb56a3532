// EXPECT: none
// getline/getdelim into buffers exactly the line's size + 1, a final line without newline, fmemopen over an exact unterminated buffer, open_memstream.
#define _GNU_SOURCE
#include <stdio.h>
#include <wchar.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  FILE *f = fopen("lines.txt", "w");
  fputs("abc\nxy;z\nlast", f);
  fclose(f);
  f = fopen("lines.txt", "r");
  size_t cap = 5;                             /* "abc\n" and its terminator: exact */
  char *line = malloc(cap);
  ssize_t n1 = getline(&line, &cap, f);
  size_t cap2 = 3;                            /* "xy;" and its terminator */
  char *tok = malloc(cap2);
  ssize_t n2 = getdelim(&tok, &cap2, ';', f);
  ssize_t n3 = getline(&line, &cap, f);       /* "z\n" into the same buffer */
  ssize_t n4 = getline(&line, &cap, f);       /* "last": no newline at EOF */
  ssize_t n5 = getline(&line, &cap, f);       /* EOF: -1 */
  fclose(f);
  char *fresh = NULL;
  size_t fcap = 0;
  f = fopen("long.txt", "r");
  ssize_t n6 = getline(&fresh, &fcap, f);
  ssize_t n7 = getdelim(&fresh, &fcap, 'o', f);
  fclose(f);
  remove("lines.txt");
  char *raw = malloc(7);
  memcpy(raw, "12 34\n", 6);                  /* 6 bytes of data used, one spare */
  FILE *m = fmemopen(raw, 6, "r");
  int a = 0, b = 0;
  fscanf(m, "%d %d", &a, &b);
  fclose(m);
  char *wbuf = malloc(8);
  m = fmemopen(wbuf, 8, "w");                 /* writes at most 7 and a terminator */
  fprintf(m, "%s", "1234567");
  fclose(m);
  char *ms = NULL;
  size_t msz = 0;
  FILE *o = open_memstream(&ms, &msz);
  for (int i = 0; i < 50; i++) fprintf(o, "%d,", i);
  fflush(o);
  size_t mid = msz;
  fputs(argv[2], o);
  fclose(o);
  wchar_t *wms = NULL;
  size_t wsz = 0;
  FILE *wo = open_wmemstream(&wms, &wsz);
  fprintf(wo, "%s", "wide");
  fclose(wo);
  printf("%zd %zd %zd %zd %zd %zd %zd %s %s %d %d %s %zu %zu %zu %zu\n", n1, n2, n3, n4, n5, n6, n7, line, tok, a, b, wbuf, mid,
         msz, strlen(ms), wsz);
  free(line); free(tok); free(fresh); free(raw); free(wbuf); free(ms); free(wms);
  return 0;
}
