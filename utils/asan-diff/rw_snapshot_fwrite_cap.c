// EXPECT: heap-buffer-overflow
// A key-value store that snapshots its append log to disk with fwrite. The buffer is
// allocated in entries of the packed v2 format (12 bytes), but the snapshot still sizes its
// write from the capacity in v1 entries (16 bytes), so it reads past the allocation.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct logbuf {
  unsigned char *data;
  size_t len;   /* bytes used */
  size_t cap;   /* entries of 16 bytes that fit (format v1) */
};

#define V1_ENTRY 16
#define V2_ENTRY 12 /* packed format: smaller entries */

static void lb_reserve(struct logbuf *b, size_t entries) {
  if (entries <= b->cap) return;
  size_t ncap = b->cap ? b->cap * 2 : 4;
  while (ncap < entries) ncap *= 2;
  b->data = realloc(b->data, ncap * V2_ENTRY);
  b->cap = ncap;
}

static void lb_append(struct logbuf *b, uint32_t key, uint32_t val, uint32_t ts) {
  lb_reserve(b, b->len / V2_ENTRY + 1);
  unsigned char *e = b->data + b->len;
  memcpy(e, &key, 4);
  memcpy(e + 4, &val, 4);
  memcpy(e + 8, &ts, 4);
  b->len += V2_ENTRY;
}

static long snapshot(const struct logbuf *b, const char *path) {
  FILE *f = fopen(path, "wb");
  if (!f) return -1;
  uint32_t hdr[2] = { 0x4B56534E, (uint32_t)(b->len / V2_ENTRY) };
  fwrite(hdr, sizeof hdr, 1, f);
  size_t bytes = b->cap * V1_ENTRY; /* a whole number of pages of entries */
  if (bytes > b->len + 64) bytes = b->len + 64; /* ...but not much more than what is used */
  fwrite(b->data, 1, bytes, f); // BUG
  long size = ftell(f);
  fclose(f);
  return size;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct logbuf b = { 0 };
  for (int i = 0; i < n * 3; i++) lb_append(&b, (uint32_t)alpha[i % 26] << 8 | (uint32_t)i, (uint32_t)(i * i), 1000u + (uint32_t)i);
  long sz = snapshot(&b, "kv.snap");
  remove("kv.snap");
  printf("%zu entries in %zu bytes (cap %zu), snapshot %ld bytes\n", b.len / V2_ENTRY, b.len, b.cap, sz);
  free(b.data);
  return 0;
}
