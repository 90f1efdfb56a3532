// EXPECT: heap-buffer-overflow
// a CSV importer reads rows with getline and strtok_r into malloc'ed records whose last member is a 16-byte name; strncpy leaves a 16-character name unterminated and the column-width pass strlen()s past the record
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct employee {
  int id;
  int dept;
  double salary;
  char name[16];
};

struct table {
  struct employee **rows;
  size_t n, cap;
  int bad_lines;
};

static void table_add(struct table *t, struct employee *e) {
  if (t->n == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 4;
    t->rows = realloc(t->rows, t->cap * sizeof *t->rows);
  }
  t->rows[t->n++] = e;
}

static struct employee *parse_row(char *line) {
  char *save = NULL;
  char *f_id = strtok_r(line, ",", &save);
  char *f_name = strtok_r(NULL, ",", &save);
  char *f_dept = strtok_r(NULL, ",", &save);
  char *f_sal = strtok_r(NULL, ",\n", &save);
  if (!f_id || !f_name || !f_dept || !f_sal) return NULL;
  struct employee *e = malloc(sizeof *e);
  e->id = atoi(f_id);
  e->dept = atoi(f_dept);
  e->salary = strtod(f_sal, NULL);
  strncpy(e->name, f_name, sizeof e->name);
  return e;
}

static int load(struct table *t, FILE *in) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  int lineno = 0;
  while ((got = getline(&line, &cap, in)) > 0) {
    if (lineno++ == 0) continue; /* header */
    struct employee *e = parse_row(line);
    if (e) table_add(t, e);
    else t->bad_lines++;
  }
  free(line);
  return 0;
}

static size_t name_width(const struct table *t) {
  size_t w = 4;
  for (size_t i = 0; i < t->n; i++) {
    size_t l = strlen(t->rows[i]->name); // BUG
    if (l > w) w = l;
  }
  return w;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  size_t al = strlen(alpha);
  char csv[2048];
  size_t off = (size_t)snprintf(csv, sizeof csv, "id,name,dept,salary\n");
  for (int i = 0; i < n; i++) {
    int nl = 4 + (i * 3) % 13;
    if ((size_t)nl > al) nl = (int)al;
    off += (size_t)snprintf(csv + off, sizeof csv - off, "%d,%.*s,%d,%d.%02d\n", 100 + i, nl, alpha, i % 3,
                            40000 + i * 1250, i * 7 % 100);
  }
  off += (size_t)snprintf(csv + off, sizeof csv - off, "broken line\n");
  FILE *in = fmemopen(csv, off, "r");
  if (!in) return 1;
  struct table t = {NULL, 0, 0, 0};
  load(&t, in);
  fclose(in);
  size_t w = name_width(&t);
  double total[3] = {0, 0, 0};
  for (size_t i = 0; i < t.n; i++) total[t.rows[i]->dept % 3] += t.rows[i]->salary;
  printf("%zu employees (%d bad), name column %zu wide\n", t.n, t.bad_lines, w);
  for (int d = 0; d < 3; d++) printf("dept %d: %.2f\n", d, total[d]);
  for (size_t i = 0; i < t.n; i++) free(t.rows[i]);
  free(t.rows);
  return 0;
}
