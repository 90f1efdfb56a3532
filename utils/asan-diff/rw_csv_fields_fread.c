// EXPECT: stack-buffer-overflow
// A CSV report: writes a small CSV file, reads it back whole with fread, splits it into lines
// and fields (quotes honoured) and sums a column. The field array on the stack holds MAXF
// entries, but the split loop's check lets a line with one extra field store one more.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXF 8

static int split_fields(char *line, char **fields) {
  int nf = 0;
  char *p = line;
  for (;;) {
    if (nf > MAXF) return -1; /* too many columns */
    char *start = p;
    if (*p == '"') {
      char *w = ++p;
      start = w;
      while (*p && !(*p == '"' && p[1] != '"')) {
        if (*p == '"') p++; /* "" -> " */
        *w++ = *p++;
      }
      if (*p == '"') p++;
      *w = '\0';
    }
    fields[nf++] = start; // BUG
    while (*p && *p != ',') p++;
    if (!*p) break;
    *p++ = '\0';
  }
  return nf;
}

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  rewind(f);
  char *buf = malloc((size_t)n + 1);
  *len = fread(buf, 1, (size_t)n, f);
  buf[*len] = '\0';
  fclose(f);
  return buf;
}

int main(int argc, char **argv) {
  int rows = argc > 1 ? atoi(argv[1]) : 10;
  const char *names = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  FILE *f = fopen("report.csv", "w");
  if (!f) return 1;
  fprintf(f, "id,name,qty,price,region,rep,notes,flag\n");
  for (int i = 0; i < rows; i++) {
    fprintf(f, "%d,\"%c%c, Inc\",%d,%d.%02d,%s,%c,\"says \"\"hi\"\"\",%d", i, names[i % 26],
            names[(i + 5) % 26], i * 3 + 1, 10 + i, i * 7 % 100, i % 2 ? "north" : "south",
            names[25 - i % 26], i & 1);
    if (i == rows - 2) fprintf(f, ",extra"); /* a malformed row near the end */
    fputc('\n', f);
  }
  fclose(f);

  size_t len;
  char *text = slurp("report.csv", &len);
  if (!text) return 1;
  char *fields[MAXF];
  long qty = 0;
  double revenue = 0;
  int good = 0, bad = 0, lineno = 0;
  for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
    if (lineno++ == 0) continue; /* header */
    int nf = split_fields(line, fields);
    if (nf != MAXF) { bad++; continue; }
    int q = atoi(fields[2]);
    qty += q;
    revenue += q * atof(fields[3]);
    good++;
  }
  printf("%d good rows, %d bad, qty %ld, revenue %.2f, %zu bytes\n", good, bad, qty, revenue, len);
  free(text);
  remove("report.csv");
  return 0;
}
