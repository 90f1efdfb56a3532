// EXPECT: heap-use-after-free
// A growable byte buffer used to serialize records in a length-prefixed format. Each record
// reserves a 4-byte header, appends its fields, then patches the header through the pointer
// sb_reserve returned; when the appends grew (realloc'ed) the buffer that pointer is stale.
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sb {
  unsigned char *data;
  size_t len, cap;
};

static void sb_grow(struct sb *b, size_t need) {
  if (b->len + need <= b->cap) return;
  size_t ncap = b->cap ? b->cap : 16;
  while (ncap < b->len + need) ncap *= 2;
  b->data = realloc(b->data, ncap);
  b->cap = ncap;
}

static unsigned char *sb_reserve(struct sb *b, size_t n) {
  sb_grow(b, n);
  unsigned char *p = b->data + b->len;
  b->len += n;
  return p;
}

static void sb_put(struct sb *b, const void *p, size_t n) {
  sb_grow(b, n);
  memcpy(b->data + b->len, p, n);
  b->len += n;
}

static void sb_printf(struct sb *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  sb_grow(b, (size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf((char *)b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n; /* no terminator kept */
}

static void put_u16(struct sb *b, unsigned v) {
  unsigned char x[2] = { (unsigned char)(v >> 8), (unsigned char)v };
  sb_put(b, x, 2);
}

struct record {
  const char *name;
  int id;
  double score;
  const char *tags;
};

static void write_record(struct sb *b, const struct record *r) {
  size_t start = b->len;
  unsigned char *hdr = sb_reserve(b, 4);
  put_u16(b, (unsigned)r->id);
  sb_printf(b, "%s;%.3f;", r->name, r->score);
  sb_put(b, r->tags, strlen(r->tags));
  uint32_t body = (uint32_t)(b->len - start - 4);
  hdr[0] = (unsigned char)(body >> 24); // BUG
  hdr[1] = (unsigned char)(body >> 16);
  hdr[2] = (unsigned char)(body >> 8);
  hdr[3] = (unsigned char)body;
}

static int read_records(const unsigned char *p, size_t n) {
  int count = 0;
  size_t off = 0;
  while (off + 4 <= n) {
    uint32_t body = (uint32_t)p[off] << 24 | (uint32_t)p[off + 1] << 16 | (uint32_t)p[off + 2] << 8 | p[off + 3];
    if (off + 4 + body > n) return -1;
    off += 4 + body;
    count++;
  }
  return off == n ? count : -1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct sb b = { 0 };
  char name[32], tags[64];
  for (int i = 0; i < n; i++) {
    snprintf(name, sizeof name, "%.*s", 3 + i % 7, alpha + i % 10);
    snprintf(tags, sizeof tags, "t%d,%s", i, i % 3 ? "red" : "green,blue,alpha,beta");
    struct record r = { name, 1000 + i, i * 1.25, tags };
    write_record(&b, &r);
  }
  printf("%zu bytes, cap %zu, %d records read back\n", b.len, b.cap, read_records(b.data, b.len));
  free(b.data);
  return 0;
}
