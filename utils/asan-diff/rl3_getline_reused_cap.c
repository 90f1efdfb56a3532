// EXPECT: heap-buffer-overflow
// a line reader reuses one getline buffer across files; after shrinking the buffer to release memory between files it keeps the old capacity, so getline writes past the new block
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct reader {
  char *buf;
  size_t cap;
  long lines, bytes;
  size_t longest;
  int blank;
};

static int is_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') return 0;
  return 1;
}

static void reader_shrink(struct reader *r, size_t keep) {
  if (r->cap <= keep) return;
  char *p = realloc(r->buf, keep);
  if (p) r->buf = p;
}

static int read_file(struct reader *r, const char *path, int max_lines) {
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  ssize_t n;
  int k = 0;
  while (k < max_lines && (n = getline(&r->buf, &r->cap, f)) > 0) { // BUG
    r->lines++;
    r->bytes += n;
    if ((size_t)n > r->longest) r->longest = (size_t)n;
    r->blank += is_blank(r->buf, (size_t)n);
    k++;
  }
  fclose(f);
  return k;
}

struct file_stats {
  const char *path;
  int lines;
  size_t longest;
  int blank;
};

static void report(const struct file_stats *st, int n) {
  int total = 0;
  for (int i = 0; i < n; i++) {
    printf("  %-16s %3d lines, longest %3zu, %d blank\n", st[i].path, st[i].lines, st[i].longest,
           st[i].blank);
    total += st[i].lines;
  }
  printf("  %d lines in %d files\n", total, n);
}

static void write_sample(const char *path, const char *word, int n) {
  FILE *f = fopen(path, "w");
  if (!f) return;
  for (int i = 0; i < n; i++) fprintf(f, "%d %.*s\n", i, 1 + i % 5, word);
  fclose(f);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 4;
  const char *word = argc > 2 ? argv[2] : "hello";
  char tmp[64];
  snprintf(tmp, sizeof tmp, "sample-%d.txt", n);
  write_sample(tmp, word, n);
  struct reader r = {NULL, 0, 0, 0, 0, 0};
  int a = read_file(&r, tmp, n);
  reader_shrink(&r, 16);
  int b = read_file(&r, "long.txt", n);
  remove(tmp);
  printf("%d + %d lines, %ld bytes, longest %zu\n", a, b, r.bytes, r.longest);
  struct file_stats st[2] = {{tmp, a, r.longest, 0}, {"long.txt", b, r.longest, r.blank}};
  report(st, 2);
  free(r.buf);
  return 0;
}
