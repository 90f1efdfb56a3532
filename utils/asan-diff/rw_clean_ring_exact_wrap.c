// EXPECT: none
// A fixed-capacity message queue of variable-length records (2-byte length prefix + payload)
// in a byte ring buffer, with writes and reads split at the wrap-around point, including a
// length prefix split across the end; the producer fills the ring completely before the
// consumer drains it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ring { unsigned char *buf; size_t cap, head, count; };

static size_t room(const struct ring *r) { return r->cap - r->count; }

static void put_bytes(struct ring *r, const void *src, size_t n) {
  size_t tail = (r->head + r->count) % r->cap;
  size_t first = r->cap - tail;
  if (first > n) first = n;
  memcpy(r->buf + tail, src, first);
  memcpy(r->buf, (const unsigned char *)src + first, n - first);
  r->count += n;
}

static void get_bytes(struct ring *r, void *dst, size_t n) {
  size_t first = r->cap - r->head;
  if (first > n) first = n;
  memcpy(dst, r->buf + r->head, first);
  memcpy((unsigned char *)dst + first, r->buf, n - first);
  r->head = (r->head + n) % r->cap;
  r->count -= n;
}

static int push(struct ring *r, const char *msg, size_t n) {
  if (n > 0xFFFF || room(r) < n + 2) return -1;
  unsigned char len[2] = { (unsigned char)(n >> 8), (unsigned char)n };
  put_bytes(r, len, 2);
  put_bytes(r, msg, n);
  return 0;
}

static long pop(struct ring *r, char *out, size_t outsz) {
  if (r->count < 2) return -1;
  unsigned char len[2];
  get_bytes(r, len, 2);
  size_t n = (size_t)len[0] << 8 | len[1];
  if (n > outsz) return -1;
  get_bytes(r, out, n);
  return (long)n;
}

int main(int argc, char **argv) {
  int rounds = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct ring r = { malloc(61), 61, 0, 0 }; /* odd size: prefixes end up split */
  char out[64];
  unsigned long sum = 0;
  int pushed = 0, popped = 0;
  for (int i = 0; i < rounds * 5; i++) {
    size_t n = 1 + (size_t)(i * 7) % 20;
    while (push(&r, alpha + i % 6, n) == 0) pushed++; /* fill to the brim */
    if (room(&r) == 1) push(&r, "", 0); /* cannot fit a prefix: refused */
    int k = 1 + i % 4;
    long got;
    while (k-- && (got = pop(&r, out, sizeof out)) >= 0) {
      popped++;
      for (long j = 0; j < got; j++) sum += (unsigned char)out[j] * (unsigned long)(j + 1);
    }
  }
  while (pop(&r, out, sizeof out) >= 0) popped++;
  printf("pushed %d, popped %d, checksum %lu, left %zu\n", pushed, popped, sum, r.count);
  free(r.buf);
  return 0;
}
