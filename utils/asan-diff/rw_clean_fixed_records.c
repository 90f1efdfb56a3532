// EXPECT: none
// Fixed-width records read into exactly-sized, unterminated heap buffers: each numeric field
// is copied into a terminated local buffer before strtol, names are compared with memcmp only
// after a length check, and a binary search over the sorted records compares keys by length.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME_W 10
#define QTY_W 5
#define PRICE_W 7
#define REC_W (NAME_W + QTY_W + PRICE_W)

struct item { char *name; size_t nlen; long qty, cents; };

static long field(const char *rec, int off, int width) {
  char tmp[16];
  memcpy(tmp, rec + off, (size_t)width);
  tmp[width] = '\0';
  return strtol(tmp, NULL, 10);
}

static int by_name(const void *a, const void *b) {
  const struct item *x = a, *y = b;
  size_t n = x->nlen < y->nlen ? x->nlen : y->nlen;
  int c = memcmp(x->name, y->name, n);
  return c ? c : (x->nlen > y->nlen) - (x->nlen < y->nlen);
}

static const struct item *find(const struct item *items, int n, const char *name, size_t nlen) {
  struct item key = { (char *)name, nlen, 0, 0 };
  return bsearch(&key, items, (size_t)n, sizeof *items, by_name);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  FILE *f = fopen("stock.dat", "wb");
  for (int i = 0; i < n; i++)
    fprintf(f, "%-*.*s%*d%*d", NAME_W, 3 + i % 7, alpha + i, QTY_W, i * 13 % 500, PRICE_W, 199 + i * 1000);
  fclose(f);
  f = fopen("stock.dat", "rb");
  struct item *items = calloc((size_t)n, sizeof *items);
  int count = 0;
  char *rec = malloc(REC_W);
  while (count < n && fread(rec, 1, REC_W, f) == REC_W) {
    size_t nl = NAME_W;
    while (nl > 0 && rec[nl - 1] == ' ') nl--;
    items[count].name = malloc(nl ? nl : 1); /* unterminated copy */
    memcpy(items[count].name, rec, nl);
    items[count].nlen = nl;
    items[count].qty = field(rec, NAME_W, QTY_W);
    items[count].cents = field(rec, NAME_W + QTY_W, PRICE_W);
    count++;
  }
  free(rec);
  fclose(f);
  remove("stock.dat");
  qsort(items, (size_t)count, sizeof *items, by_name);
  const struct item *hit = find(items, count, alpha + 2, 5), *miss = find(items, count, "ZZZZZZZZZZZZZZ", 14);
  long value = 0;
  for (int i = 0; i < count; i++) value += items[i].qty * items[i].cents;
  printf("%d items, value %ld, hit %.*s (%ld), miss %s\n", count, value, hit ? (int)hit->nlen : 1, hit ? hit->name : "-",
         hit ? hit->qty : -1, miss ? "found?" : "none");
  for (int i = 0; i < count; i++) free(items[i].name);
  free(items);
  return 0;
}
