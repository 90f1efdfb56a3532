// EXPECT: heap-buffer-overflow
// A line reader object wrapping getline() that starts from a preallocated buffer. The buffer
// is allocated with a small initial size, but the capacity handed to getline is the
// configured maximum line length, so getline believes the buffer is larger than it is and
// writes a long line past its end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct reader {
  FILE *f;
  char *buf;
  size_t cap;
  size_t max_line;
  long lines, bytes;
};

static int reader_open(struct reader *r, const char *path, size_t initial, size_t max_line) {
  r->f = fopen(path, "r");
  if (!r->f) return -1;
  r->buf = malloc(initial);
  r->cap = max_line; /* should be `initial` */
  r->max_line = max_line;
  r->lines = r->bytes = 0;
  return 0;
}

static const char *reader_next(struct reader *r, size_t *len) {
  ssize_t n = getline(&r->buf, &r->cap, r->f); // BUG
  if (n < 0) return NULL;
  if ((size_t)n > r->max_line) n = (ssize_t)r->max_line;
  if (n && r->buf[n - 1] == '\n') n--;
  r->lines++;
  r->bytes += n;
  *len = (size_t)n;
  return r->buf;
}

static void reader_close(struct reader *r) {
  fclose(r->f);
  free(r->buf);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  (void)n;
  (void)alpha;
  struct reader r;
  if (reader_open(&r, "long.txt", 32, 256) != 0) return 1;
  size_t len;
  const char *line;
  size_t longest = 0;
  int words = 0;
  while ((line = reader_next(&r, &len))) {
    if (len > longest) longest = len;
    for (size_t i = 0; i < len; i++) words += line[i] != ' ' && (i == 0 || line[i - 1] == ' ');
  }
  printf("%ld lines, %ld bytes, longest %zu, %d words\n", r.lines, r.bytes, longest, words);
  reader_close(&r);
  return 0;
}
