// EXPECT: heap-buffer-overflow
// a record reader scatters each file chunk into a fixed header and a payload buffer with readv; the payload iovec uses the chunk size instead of the payload capacity
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

struct rec_header {
  char tag[4];
  uint8_t kind;
  uint8_t flags;
  uint16_t pad;
};

struct record {
  struct rec_header hdr;
  char *payload;
  size_t cap, len;
};

static struct record *record_new(size_t cap) {
  struct record *r = calloc(1, sizeof *r);
  r->payload = malloc(cap);
  r->cap = cap;
  return r;
}

static void record_free(struct record *r) {
  free(r->payload);
  free(r);
}

static ssize_t read_record(int fd, struct record *r, size_t chunk) {
  struct iovec iov[2];
  iov[0].iov_base = &r->hdr;
  iov[0].iov_len = sizeof r->hdr;
  iov[1].iov_base = r->payload;
  iov[1].iov_len = chunk - sizeof r->hdr;
  ssize_t got = readv(fd, iov, 2); // BUG
  if (got <= (ssize_t)sizeof r->hdr) return got <= 0 ? got : 0;
  r->len = (size_t)got - sizeof r->hdr;
  return got;
}

static unsigned checksum(const char *p, size_t n) {
  unsigned h = 0;
  for (size_t i = 0; i < n; i++) h = h * 131 + (unsigned char)p[i];
  return h;
}

static const char *kind_name(uint8_t k) {
  static const char *names[] = {"data", "meta", "index", "end"};
  return k < 4 ? names[k] : "other";
}

/* Printable tags only; anything else marks the stream as not ours. */
static int valid_header(const struct rec_header *h) {
  for (int i = 0; i < 4; i++)
    if (h->tag[i] < 0x20 || h->tag[i] > 0x7e) return 0;
  return 1;
}

int main(int argc, char **argv) {
  size_t payload_cap = argc > 1 ? (size_t)atoi(argv[1]) * 3 : 30;
  size_t chunk = argc > 2 ? strlen(argv[2]) * 2 : 40;
  int fd = open("long.txt", O_RDONLY);
  if (fd < 0) {
    perror("long.txt");
    return 1;
  }
  struct record *r = record_new(payload_cap);
  int recs = 0;
  unsigned sum = 0;
  ssize_t got;
  while ((got = read_record(fd, r, chunk)) > 0) {
    recs++;
    sum ^= checksum(r->payload, r->len < r->cap ? r->len : r->cap);
    printf("record %d: tag=%.4s kind=%s payload=%zu%s\n", recs, r->hdr.tag, kind_name(r->hdr.kind),
           r->len, valid_header(&r->hdr) ? "" : " (foreign)");
  }
  close(fd);
  record_free(r);
  printf("%d records, checksum %08x\n", recs, sum);
  return 0;
}
