// EXPECT: none
// printf family at exact sizes: terminators on the last byte, %n into an int, %ls, vsnprintf through a wrapper.
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
char gtag[27];
static int fmt(char *b, size_t n, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  int r = vsnprintf(b, n, f, ap);
  va_end(ap);
  return r;
}
int main(int argc, char **argv) {
  strcpy(gtag, argv[2]);
  size_t len = strlen(argv[2]);
  char *h = malloc(len + 1);
  int w = snprintf(h, len + 1, "%s", argv[2]);
  char st[6];
  int w2 = fmt(st, sizeof st, "%c%c%c%c%c", 'a', 'b', 'c', 'd', 'e');
  char tr[4];
  int w3 = fmt(tr, sizeof tr, "%s", gtag);
  int *cnt = malloc(sizeof *cnt);
  char out[64];
  sprintf(out, "%.3s%n", gtag, cnt);
  wchar_t *ws = malloc(4 * sizeof(wchar_t));
  ws[0] = L'x'; ws[1] = L'y'; ws[2] = L'z'; ws[3] = 0;
  char mem[40];
  FILE *f = fmemopen(mem, sizeof mem, "w");
  fprintf(f, "%ls|%s|%.2s", ws, h, tr);
  fclose(f);
  char *ms = 0;
  size_t msl = 0;
  FILE *m = open_memstream(&ms, &msl);
  fprintf(m, "%s %d %ls", st, *cnt, ws);
  fclose(m);
  printf("%d %d %d %s %s %zu %s\n", w, w2, w3, st, tr, msl, ms);
  free(ms);
  free(ws);
  free(cnt);
  free(h);
  return 0;
}
