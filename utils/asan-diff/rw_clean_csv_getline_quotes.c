// EXPECT: none
// A CSV reader on getline(): quoted fields with embedded commas, doubled quotes and a field
// that continues over a newline (the record is extended with the next line). The field array
// holds exactly MAXF entries and rows with more are rejected before storing. It also reads
// the harness's long.txt with getline starting from a tiny malloc'ed buffer.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXF 6

/* Splits rec in place; returns the field count, -1 for too many fields or an open quote. */
static int split(char *rec, char **f) {
  int n = 0;
  char *r = rec, *w;
  for (;;) {
    if (n == MAXF) return -1;
    f[n++] = w = r;
    if (*r == '"') {
      r++;
      for (;;) {
        if (!*r) return -1;
        if (*r == '"' && r[1] == '"') { *w++ = '"'; r += 2; continue; }
        if (*r == '"') { r++; break; }
        *w++ = *r++;
      }
    }
    while (*r && *r != ',') *w++ = *r++;
    int more = *r == ',';
    *w = '\0';
    if (!more) return n;
    r++;
  }
}

static int quotes_open(const char *s) {
  int open = 0;
  for (; *s; s++) if (*s == '"') open = !open;
  return open;
}

int main(int argc, char **argv) {
  int rows = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  FILE *f = fopen("people.csv", "w");
  for (int i = 0; i < rows; i++) {
    if (i % 4 == 1) fprintf(f, "%d,\"%.3s, \"\"the %d\"\"\",\"multi\nline\",x,y,z\n", i, alpha + i, i);
    else if (i % 4 == 3) fprintf(f, "%d,%.5s,a,b,c,d,e\n", i, alpha + i); /* 7 fields */
    else fprintf(f, "%d,%.4s,%d,,\"\",%s\n", i, alpha + i, i * i, i % 2 ? "yes" : "no");
  }
  fclose(f);

  f = fopen("people.csv", "r");
  char *line = NULL, *rec = NULL;
  size_t cap = 0, reclen = 0;
  ssize_t len;
  int good = 0, bad = 0;
  long sum = 0;
  while ((len = getline(&line, &cap, f)) > 0) {
    rec = realloc(rec, reclen + (size_t)len + 1);
    memcpy(rec + reclen, line, (size_t)len + 1);
    reclen += (size_t)len;
    if (quotes_open(rec)) continue; /* the record goes on on the next line */
    if (reclen && rec[reclen - 1] == '\n') rec[--reclen] = '\0';
    char *fields[MAXF];
    int n = split(rec, fields);
    if (n == MAXF) { good++; sum += atol(fields[0]) + (long)strlen(fields[1]); }
    else bad++;
    reclen = 0;
  }
  fclose(f);
  remove("people.csv");

  FILE *lf = fopen("long.txt", "r");
  size_t small = 4;
  char *buf = malloc(small);
  int lines = 0;
  size_t longest = 0;
  while (lf && (len = getline(&buf, &small, lf)) > 0) {
    lines++;
    if ((size_t)len > longest) longest = (size_t)len;
  }
  if (lf) fclose(lf);
  printf("%d good, %d bad, sum %ld; long.txt %d lines, longest %zu\n", good, bad, sum, lines, longest);
  free(buf);
  free(line);
  free(rec);
  return 0;
}
