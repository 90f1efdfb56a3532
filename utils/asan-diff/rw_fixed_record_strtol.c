// EXPECT: heap-buffer-overflow
// Reads fixed-width records ("NAME      QTY  PRICE") from a file into exactly-sized heap
// records (no terminator: the format is fixed width) and converts the numeric columns with
// strtol/strtod straight out of the record. The last column runs to the record's end, so
// the conversion of the last field scans past the record looking for the end of the number.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME_W 10
#define QTY_W 5
#define PRICE_W 7
#define REC_W (NAME_W + QTY_W + PRICE_W)

struct item { char name[NAME_W + 1]; long qty; long cents; };

static int parse_record(const char *rec, struct item *it) {
  memcpy(it->name, rec, NAME_W);
  it->name[NAME_W] = '\0';
  for (int i = NAME_W - 1; i >= 0 && it->name[i] == ' '; i--) it->name[i] = '\0';
  char qty[QTY_W + 1];
  memcpy(qty, rec + NAME_W, QTY_W);
  qty[QTY_W] = '\0';
  it->qty = strtol(qty, NULL, 10);
  it->cents = strtol(rec + NAME_W + QTY_W, NULL, 10); // BUG
  return it->name[0] ? 0 : -1;
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
  for (;;) {
    char *rec = malloc(REC_W);
    if (fread(rec, 1, REC_W, f) != REC_W) { free(rec); break; }
    if (parse_record(rec, &items[count]) == 0) count++;
    free(rec);
  }
  fclose(f);
  remove("stock.dat");
  long value = 0;
  for (int i = 0; i < count; i++) value += items[i].qty * items[i].cents;
  printf("%d items, stock value %ld.%02ld, first %s\n", count, value / 100, value % 100, count ? items[0].name : "-");
  free(items);
  return 0;
}
