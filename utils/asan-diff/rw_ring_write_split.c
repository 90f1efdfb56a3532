// EXPECT: heap-buffer-overflow
// A byte ring buffer (a bounded pipe between a producer and a consumer) with batch reads and
// writes that split at the wrap-around point. The write path computes the first, contiguous
// part from the read index instead of the write index, so a batch written while the write index
// is near the end of the buffer copies past it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ring {
  unsigned char *buf;
  size_t cap;
  size_t head; /* next byte to read */
  size_t tail; /* next byte to write */
  size_t count;
};

static struct ring *ring_new(size_t cap) {
  struct ring *r = calloc(1, sizeof *r);
  r->buf = malloc(cap);
  r->cap = cap;
  return r;
}

static size_t ring_write(struct ring *r, const void *src, size_t n) {
  size_t room = r->cap - r->count;
  if (n > room) n = room;
  size_t first = r->cap - r->head; /* contiguous room before the wrap */
  if (first > n) first = n;
  memcpy(r->buf + r->tail, src, first); // BUG
  memcpy(r->buf, (const unsigned char *)src + first, n - first);
  r->tail = (r->tail + n) % r->cap;
  r->count += n;
  return n;
}

static size_t ring_read(struct ring *r, void *dst, size_t n) {
  if (n > r->count) n = r->count;
  size_t first = r->cap - r->head;
  if (first > n) first = n;
  memcpy(dst, r->buf + r->head, first);
  memcpy((unsigned char *)dst + first, r->buf, n - first);
  r->head = (r->head + n) % r->cap;
  r->count -= n;
  return n;
}

static void ring_free(struct ring *r) {
  free(r->buf);
  free(r);
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 10;
  const char *msg = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  size_t mlen = strlen(msg);
  struct ring *r = ring_new(64);
  unsigned char out[64];
  unsigned long sum = 0;
  size_t written = 0, readn = 0;
  for (int i = 0; i < rounds; i++) {
    /* producer: a variable-size batch; consumer: drains a smaller one */
    size_t w = 7 + (size_t)(i * 5) % mlen;
    written += ring_write(r, msg, w < mlen ? w : mlen);
    size_t got = ring_read(r, out, 4 + (size_t)i % 9);
    for (size_t k = 0; k < got; k++) sum += out[k] * (k + 1);
    readn += got;
  }
  while (r->count) readn += ring_read(r, out, sizeof out);
  printf("wrote %zu, read %zu, checksum %lu\n", written, readn, sum);
  ring_free(r);
  return 0;
}
