// EXPECT: none
// a CSV reader: long.txt and generated records through getline, fmemopen and open_memstream, fields split with strsep, quoted fields unescaped in place
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct colstats {
  long sum;
  int numeric, text;
  size_t maxw;
};

/* Removes the quotes of a "quoted ""field""" in place. */
static char *unquote(char *f) {
  size_t n = strlen(f);
  if (n < 2 || f[0] != '"' || f[n - 1] != '"') return f;
  char *w = f;
  for (size_t i = 1; i + 1 < n; i++) {
    *w++ = f[i];
    if (f[i] == '"' && f[i + 1] == '"') i++;
  }
  *w = '\0';
  return f;
}

static int parse_stream(FILE *in, struct colstats *cols, int maxcols, int *rows) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  int widest = 0;
  while ((got = getline(&line, &cap, in)) > 0) {
    if (line[got - 1] == '\n') line[--got] = '\0';
    if (got == 0) continue;
    char *rest = line, *f;
    int c = 0;
    while ((f = strsep(&rest, ",")) != NULL && c < maxcols) {
      f = unquote(f);
      char *end;
      long v = strtol(f, &end, 10);
      if (*f && *end == '\0') { cols[c].sum += v; cols[c].numeric++; }
      else cols[c].text++;
      size_t w = strlen(f);
      if (w > cols[c].maxw) cols[c].maxw = w;
      c++;
    }
    if (c > widest) widest = c;
    (*rows)++;
  }
  free(line);
  return widest;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "abc";
  struct colstats cols[8];
  memset(cols, 0, sizeof cols);
  int rows = 0, widest = 0;

  FILE *f = fopen("long.txt", "r");
  if (f) { widest = parse_stream(f, cols, 8, &rows); fclose(f); }

  char *gen = NULL;
  size_t genlen = 0;
  FILE *ms = open_memstream(&gen, &genlen);
  for (int i = 0; i < n * 20; i++)
    fprintf(ms, "%d,\"%.*s\"\"q\",%d,%s,-%d\n", i, 1 + i % 26, word, i * i, i % 2 ? "x" : "", i / 3);
  fclose(ms);

  FILE *mf = fmemopen(gen, genlen, "r");
  int w2 = parse_stream(mf, cols, 8, &rows);
  fclose(mf);
  if (w2 > widest) widest = w2;

  printf("rows=%d widest=%d bytes=%zu\n", rows, widest, genlen);
  for (int c = 0; c < widest; c++)
    printf("col%d sum=%ld num=%d text=%d maxw=%zu\n", c, cols[c].sum, cols[c].numeric, cols[c].text, cols[c].maxw);
  free(gen);
  return 0;
}
