// EXPECT: none
// a CSV aggregator reads records with getline from fmemopen, splits them with strsep, keeps pointers only into its own strdup'ed copies, and writes the report through open_memstream
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct row {
  char *region;
  char *product;
  double amount;
};

struct agg {
  char *key;
  double total;
  int count;
};

static int agg_cmp(const void *a, const void *b) {
  const struct agg *x = a, *y = b;
  return strcmp(x->key, y->key);
}

static int agg_key_cmp(const void *k, const void *e) { return strcmp((const char *)k, ((const struct agg *)e)->key); }

static size_t read_rows(FILE *in, struct row **out) {
  char *line = NULL;
  size_t cap = 0, n = 0, rcap = 0;
  ssize_t len;
  struct row *rows = NULL;
  int header = 1;
  while ((len = getline(&line, &cap, in)) != -1) {
    if (len && line[len - 1] == '\n') line[len - 1] = '\0';
    if (header) {
      header = 0;
      continue;
    }
    char *cur = line;
    char *region = strsep(&cur, ",");
    char *product = strsep(&cur, ",");
    char *amount = strsep(&cur, ",");
    if (!region || !product || !amount) continue;
    if (n == rcap) {
      rcap = rcap ? rcap * 2 : 4;
      rows = realloc(rows, rcap * sizeof *rows);
    }
    rows[n].region = strdup(region);
    rows[n].product = strdup(product);
    rows[n].amount = strtod(amount, NULL);
    n++;
  }
  free(line);
  *out = rows;
  return n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  char *csv = NULL;
  size_t csvlen = 0;
  FILE *gen = open_memstream(&csv, &csvlen);
  fprintf(gen, "region,product,amount\n");
  const char *regions[] = {"north", "south", "east"};
  for (int i = 0; i < n * 4; i++)
    fprintf(gen, "%s,%.*s,%d.%02d\n", regions[i % 3], 2 + i % 3, alpha + i % 5, 10 + i * 3, i * 7 % 100);
  fclose(gen);
  FILE *in = fmemopen(csv, csvlen, "r");
  struct row *rows;
  size_t nrows = read_rows(in, &rows);
  fclose(in);
  free(csv);
  struct agg *aggs = NULL;
  size_t naggs = 0;
  for (size_t i = 0; i < nrows; i++) {
    char key[64];
    snprintf(key, sizeof key, "%s/%s", rows[i].region, rows[i].product);
    struct agg *a = naggs ? bsearch(key, aggs, naggs, sizeof *aggs, agg_key_cmp) : NULL;
    if (!a) {
      aggs = realloc(aggs, (naggs + 1) * sizeof *aggs);
      aggs[naggs].key = strdup(key);
      aggs[naggs].total = 0;
      aggs[naggs].count = 0;
      naggs++;
      qsort(aggs, naggs, sizeof *aggs, agg_cmp);
      a = bsearch(key, aggs, naggs, sizeof *aggs, agg_key_cmp);
    }
    a->total += rows[i].amount;
    a->count++;
  }
  char *report = NULL;
  size_t rlen = 0;
  FILE *out = open_memstream(&report, &rlen);
  for (size_t i = 0; i < naggs; i++) fprintf(out, "%-14s %3d %10.2f\n", aggs[i].key, aggs[i].count, aggs[i].total);
  fclose(out);
  fputs(report, stdout);
  printf("%zu rows, %zu groups, %zu report bytes\n", nrows, naggs, rlen);
  free(report);
  for (size_t i = 0; i < naggs; i++) free(aggs[i].key);
  free(aggs);
  for (size_t i = 0; i < nrows; i++) {
    free(rows[i].region);
    free(rows[i].product);
  }
  free(rows);
  return 0;
}
