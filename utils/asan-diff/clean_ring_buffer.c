// EXPECT: none
// A byte ring buffer on the heap feeding a line splitter: chunks of long.txt and generated records wrap around the end.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ring {
  unsigned char *buf;
  size_t cap;   /* bytes in buf */
  size_t head;  /* next write */
  size_t tail;  /* next read */
  size_t len;   /* bytes stored */
  size_t wraps;
};

static struct ring *ring_new(size_t cap) {
  struct ring *r = malloc(sizeof *r);
  r->buf = malloc(cap);
  r->cap = cap;
  r->head = r->tail = r->len = r->wraps = 0;
  return r;
}

static void ring_free(struct ring *r) {
  free(r->buf);
  free(r);
}

static size_t ring_space(const struct ring *r) { return r->cap - r->len; }

/* Writes up to n bytes; returns how many fit. */
static size_t ring_write(struct ring *r, const void *src, size_t n) {
  const unsigned char *p = src;
  size_t done = 0;
  while (done < n && r->len < r->cap) {
    r->buf[r->head] = p[done++];
    r->head++;
    if (r->head == r->cap) { r->head = 0; r->wraps++; }
    r->len++;
  }
  return done;
}

static int ring_getc(struct ring *r) {
  if (r->len == 0) return -1;
  int c = r->buf[r->tail];
  r->tail = (r->tail + 1) % r->cap;
  r->len--;
  return c;
}

static int ring_peek(const struct ring *r, size_t off) {
  if (off >= r->len) return -1;
  return r->buf[(r->tail + off) % r->cap];
}

/* Index of the first '\n' in the ring, or -1. */
static long ring_find_nl(const struct ring *r) {
  for (size_t i = 0; i < r->len; i++)
    if (ring_peek(r, i) == '\n') return (long)i;
  return -1;
}

/* Copies out the first n bytes in at most two memcpy calls. */
static void ring_read(struct ring *r, char *dst, size_t n) {
  size_t first = r->cap - r->tail;
  if (first > n) first = n;
  memcpy(dst, r->buf + r->tail, first);
  memcpy(dst + first, r->buf, n - first);
  r->tail = (r->tail + n) % r->cap;
  r->len -= n;
}

struct stats { int lines; int longest; int words; unsigned checksum; };

static void handle_line(struct stats *st, const char *line, size_t n) {
  int in_word = 0;
  st->lines++;
  if ((int)n > st->longest) st->longest = (int)n;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)line[i];
    st->checksum = st->checksum * 31 + c;
    if (isalnum(c)) { if (!in_word) st->words++; in_word = 1; }
    else in_word = 0;
  }
}

/* Drains complete lines; a line longer than the ring is split. */
static void drain_lines(struct ring *r, struct stats *st, int flush) {
  char line[128];
  for (;;) {
    long nl = ring_find_nl(r);
    if (nl < 0) {
      if (!flush && ring_space(r) > 0) return;
      if (r->len == 0) return;
      size_t n = r->len < sizeof line ? r->len : sizeof line;
      ring_read(r, line, n);
      handle_line(st, line, n);
      continue;
    }
    size_t n = (size_t)nl;
    if (n > sizeof line) n = sizeof line;
    ring_read(r, line, n);
    if (n == (size_t)nl) ring_getc(r); /* the '\n' */
    handle_line(st, line, n);
  }
}

static void feed(struct ring *r, struct stats *st, const char *data, size_t n, size_t chunk) {
  size_t off = 0;
  while (off < n) {
    size_t want = n - off < chunk ? n - off : chunk;
    size_t put = ring_write(r, data + off, want);
    off += put;
    drain_lines(r, st, 0);
  }
}

int main(int argc, char **argv) {
  int count = argc > 1 ? atoi(argv[1]) : 10;
  const char *letters = argc > 2 ? argv[2] : "XYZ";
  struct ring *r = ring_new(24);
  struct stats st = { 0, 0, 0, 0 };

  FILE *f = fopen("long.txt", "r");
  if (f) {
    char chunk[7];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
      size_t off = 0;
      while (off < got) {
        off += ring_write(r, chunk + off, got - off);
        drain_lines(r, &st, 0);
      }
    }
    fclose(f);
  }
  printf("file: %d lines, longest %d, %d words, wraps %zu\n", st.lines, st.longest, st.words, r->wraps);

  char *records = malloc(4096);
  size_t len = 0;
  for (int i = 0; i < count * 3; i++)
    len += (size_t)snprintf(records + len, 4096 - len, "rec %d %.*s;%d\n", i, 1 + i % 9,
                            letters + i % 17, i * i);
  for (size_t chunk = 1; chunk <= 13; chunk += 4) {
    struct stats s2 = { 0, 0, 0, 0 };
    feed(r, &s2, records, len, chunk);
    drain_lines(r, &s2, 1);
    printf("chunk %2zu: %d lines, longest %d, %d words, sum %08x, wraps %zu\n", chunk, s2.lines,
           s2.longest, s2.words, s2.checksum, r->wraps);
  }
  free(records);
  ring_free(r);
  return 0;
}
