// EXPECT: heap-use-after-free
// a write-ahead log batches record buffers and writes them with write(2) at commit; a record that was superseded in the same batch is freed, but its buffer is still in the batch's iovec list
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct record {
  uint32_t key;
  uint32_t len;
  uint8_t *bytes; /* header + payload */
};

struct batch {
  struct record *recs[32];
  int n;
  const uint8_t *pending[32];
  size_t pending_len[32];
  int npending;
};

static struct record *record_new(uint32_t key, const char *payload) {
  struct record *r = malloc(sizeof *r);
  size_t pl = strlen(payload);
  r->key = key;
  r->len = (uint32_t)(8 + pl);
  r->bytes = malloc(r->len);
  memcpy(r->bytes, &key, 4);
  uint32_t l32 = (uint32_t)pl;
  memcpy(r->bytes + 4, &l32, 4);
  memcpy(r->bytes + 8, payload, pl);
  return r;
}

static void record_free(struct record *r) {
  free(r->bytes);
  free(r);
}

static void batch_put(struct batch *b, struct record *r) {
  for (int i = 0; i < b->n; i++) {
    if (b->recs[i]->key == r->key) {
      /* superseded within the batch: keep only the newest */
      record_free(b->recs[i]);
      b->recs[i] = r;
      b->pending[b->npending] = r->bytes;
      b->pending_len[b->npending++] = r->len;
      return;
    }
  }
  b->recs[b->n++] = r;
  b->pending[b->npending] = r->bytes;
  b->pending_len[b->npending++] = r->len;
}

static long batch_commit(struct batch *b, int fd) {
  long total = 0;
  for (int i = 0; i < b->npending; i++) {
    ssize_t w = write(fd, b->pending[i], b->pending_len[i]); // BUG
    if (w < 0) return -1;
    total += w;
  }
  for (int i = 0; i < b->n; i++) record_free(b->recs[i]);
  b->n = b->npending = 0;
  return total;
}

static uint32_t checksum_file(int fd) {
  uint8_t buf[256];
  uint32_t h = 2166136261u;
  ssize_t r;
  lseek(fd, 0, SEEK_SET);
  while ((r = read(fd, buf, sizeof buf)) > 0)
    for (ssize_t i = 0; i < r; i++) h = (h ^ buf[i]) * 16777619u;
  return h;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOP";
  char path[] = "/tmp/hp2walXXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return 1;
  unlink(path);
  struct batch b;
  memset(&b, 0, sizeof b);
  char payload[48];
  long written = 0;
  for (int i = 0; i < n * 2; i++) {
    snprintf(payload, sizeof payload, "v%d=%.*s", i, 4 + i % 9, alpha + i % 10);
    batch_put(&b, record_new((uint32_t)(i % 7), payload));
    if (b.n == 8 || i == n * 2 - 1) written += batch_commit(&b, fd);
  }
  printf("%ld bytes logged, checksum %08x\n", written, checksum_file(fd));
  close(fd);
  return 0;
}
