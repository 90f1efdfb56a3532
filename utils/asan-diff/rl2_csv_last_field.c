// EXPECT: heap-buffer-overflow
// the CSV record is read into an exact-size buffer; copying a field takes len + 1 bytes to grab its terminator, which the last field does not have
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct field {
  char *text;
  size_t len;
  int numeric;
};

struct record {
  struct field fields[16];
  int nfields;
};

static int is_number(const char *s, size_t n) {
  if (n == 0) return 0;
  for (size_t i = 0; i < n; i++)
    if ((s[i] < '0' || s[i] > '9') && !(i == 0 && s[i] == '-')) return 0;
  return 1;
}

static char *copy_field(const char *start, size_t len) {
  char *f = malloc(len + 1);
  memcpy(f, start, len + 1); // BUG
  f[len] = '\0';
  return f;
}

/* Splits buf[0..n) at commas; handles "quoted" fields without commas inside. */
static void parse_record(const char *buf, size_t n, struct record *rec) {
  size_t i = 0;
  rec->nfields = 0;
  while (i <= n && rec->nfields < 16) {
    size_t start = i;
    int quoted = 0;
    if (i < n && buf[i] == '"') { quoted = 1; start = ++i; }
    while (i < n && buf[i] != (quoted ? '"' : ',')) i++;
    size_t len = i - start;
    struct field *f = &rec->fields[rec->nfields++];
    f->text = copy_field(buf + start, len);
    f->len = len;
    f->numeric = is_number(f->text, len);
    if (quoted && i < n) i++;       /* closing quote */
    i++;                             /* the comma */
  }
}

static char *load_record(const char *word, int n, size_t *out_n) {
  char tmp[256];
  int k = snprintf(tmp, sizeof tmp, "%d,\"%s\",%d,-%d,%s", n, word, n * n, n / 2, word);
  char *buf = malloc((size_t)k);           /* the bytes only, as fread would leave them */
  memcpy(buf, tmp, (size_t)k);
  *out_n = (size_t)k;
  return buf;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "hello";
  size_t len;
  char *buf = load_record(word, n, &len);
  struct record rec;
  parse_record(buf, len, &rec);
  long sum = 0;
  size_t text_bytes = 0;
  for (int i = 0; i < rec.nfields; i++) {
    if (rec.fields[i].numeric) sum += atol(rec.fields[i].text);
    else text_bytes += rec.fields[i].len;
  }
  printf("fields=%d sum=%ld text=%zu first=%s last=%s\n", rec.nfields, sum, text_bytes,
         rec.fields[0].text, rec.fields[rec.nfields - 1].text);
  for (int i = 0; i < rec.nfields; i++) free(rec.fields[i].text);
  free(buf);
  return 0;
}
