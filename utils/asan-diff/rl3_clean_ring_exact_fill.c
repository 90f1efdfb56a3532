// EXPECT: none
// a byte ring buffer filled to exactly its capacity, drained across the wrap with two memcpys, resized down with realloc; end pointers are formed but never dereferenced
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ring {
  unsigned char *buf;
  size_t cap, head, len;
};

static int ring_init(struct ring *r, size_t cap) {
  r->buf = malloc(cap);
  r->cap = cap;
  r->head = r->len = 0;
  return r->buf ? 0 : -1;
}

static size_t ring_write(struct ring *r, const void *src, size_t n) {
  size_t room = r->cap - r->len;
  if (n > room) n = room;
  size_t tail = (r->head + r->len) % r->cap;
  size_t first = r->cap - tail < n ? r->cap - tail : n;
  memcpy(r->buf + tail, src, first);
  memcpy(r->buf, (const unsigned char *)src + first, n - first);
  r->len += n;
  return n;
}

static size_t ring_read(struct ring *r, void *dst, size_t n) {
  if (n > r->len) n = r->len;
  size_t first = r->cap - r->head < n ? r->cap - r->head : n;
  memcpy(dst, r->buf + r->head, first);
  memcpy((unsigned char *)dst + first, r->buf, n - first);
  r->head = (r->head + n) % r->cap;
  r->len -= n;
  return n;
}

/* Linearize the contents at the front and shrink the allocation to fit them. */
static int ring_compact(struct ring *r) {
  size_t n = r->len ? r->len : 1;
  unsigned char *lin = malloc(n);
  if (!lin) return -1;
  size_t got = ring_read(r, lin, r->len);
  memcpy(r->buf, lin, got);
  free(lin);
  unsigned char *nb = realloc(r->buf, n);
  if (!nb) return -1;
  r->buf = nb;
  r->cap = n;
  r->head = 0;
  r->len = got;
  return 0;
}

static uint32_t sum_span(const unsigned char *begin, const unsigned char *end) {
  uint32_t s = 0;
  for (const unsigned char *p = begin; p != end; p++) s = s * 31 + *p;
  return s;
}

int main(int argc, char **argv) {
  size_t cap = argc > 1 ? (size_t)atoi(argv[1]) * 3 : 30;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJ";
  size_t al = strlen(alpha);
  struct ring r;
  if (ring_init(&r, cap) != 0) return 1;
  unsigned char out[256];
  uint32_t check = 0;
  size_t total_in = 0, total_out = 0;
  for (int round = 0; round < 12; round++) {
    size_t chunk = (size_t)round * 7 % al + 1;
    size_t w = ring_write(&r, alpha, chunk);
    total_in += w;
    if (round % 3 == 2) {
      /* fill exactly to capacity */
      while (r.len < r.cap) {
        size_t room = r.cap - r.len;
        total_in += ring_write(&r, alpha, room < al ? room : al);
      }
    }
    size_t take = r.len > 5 ? r.len - 5 : r.len;
    if (take > sizeof out) take = sizeof out;
    size_t got = ring_read(&r, out, take);
    check ^= sum_span(out, out + got);
    total_out += got;
  }
  /* a full buffer, then an exact-size read of everything */
  while (r.len < r.cap) total_in += ring_write(&r, alpha + al - 1, 1);
  size_t got = ring_read(&r, out, sizeof out);
  check ^= sum_span(out, out + got);
  total_out += got;
  total_in += ring_write(&r, alpha, al < r.cap ? al : r.cap);
  if (ring_compact(&r) != 0) return 1;
  const unsigned char *end = r.buf + r.len; /* one past the end: compared, not read */
  size_t counted = 0;
  for (const unsigned char *p = r.buf; p < end; p++) counted++;
  printf("in=%zu out=%zu left=%zu (counted %zu) cap=%zu check=%08x\n", total_in, total_out,
         r.len, counted, r.cap, check);
  free(r.buf);
  return 0;
}
