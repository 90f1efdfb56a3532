// EXPECT: pvalloc-overflow
// a page-aligned segment pool for a write-ahead log sizes each segment's data area as the request minus the header; a request smaller than the header wraps to a huge size_t, which pvalloc must reject
#define _GNU_SOURCE
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct seg_header {
  uint32_t magic;
  uint32_t seq;
  uint64_t lsn_first, lsn_last;
  uint32_t used, crc;
};

struct segment {
  struct seg_header hdr;
  unsigned char *data; /* page-aligned, for O_DIRECT writes */
  size_t cap;
};

static uint32_t crc32_update(uint32_t crc, const unsigned char *p, size_t n) {
  crc = ~crc;
  for (size_t i = 0; i < n; i++) {
    crc ^= p[i];
    for (int k = 0; k < 8; k++) crc = crc >> 1 ^ (0xEDB88320u & (0u - (crc & 1)));
  }
  return ~crc;
}

static int segment_init(struct segment *s, uint32_t seq, size_t request) {
  memset(&s->hdr, 0, sizeof s->hdr);
  s->hdr.magic = 0x57414C31; /* "WAL1" */
  s->hdr.seq = seq;
  s->cap = request - sizeof s->hdr; /* the header lives in the first bytes of the request */
  s->data = pvalloc(s->cap); // BUG
  if (!s->data) return -1;
  memset(s->data, 0, s->cap);
  return 0;
}

static size_t segment_append(struct segment *s, uint64_t lsn, const void *rec, size_t n) {
  if (s->hdr.used + 4 + n > s->cap) return 0;
  unsigned char *p = s->data + s->hdr.used;
  p[0] = (unsigned char)(n >> 8);
  p[1] = (unsigned char)n;
  p[2] = p[3] = 0;
  memcpy(p + 4, rec, n);
  s->hdr.used += (uint32_t)(4 + n);
  if (!s->hdr.lsn_first) s->hdr.lsn_first = lsn;
  s->hdr.lsn_last = lsn;
  return 4 + n;
}

static void segment_seal(struct segment *s) { s->hdr.crc = crc32_update(0, s->data, s->hdr.used); }

int main(int argc, char **argv) {
  size_t per_seg = argc > 1 ? (size_t)atoi(argv[1]) * 400 : 4096;
  const char *payload = argc > 2 ? argv[2] : "record";
  size_t pl = strlen(payload);
  /* the first segment is a tiny "control" segment sized from the payload */
  size_t sizes[3] = {pl, per_seg, per_seg * 2};
  struct segment segs[3];
  int nseg = 0;
  uint64_t lsn = 1;
  for (int i = 0; i < 3; i++) {
    if (segment_init(&segs[i], (uint32_t)i, sizes[i]) != 0) {
      fprintf(stderr, "segment %d: out of memory\n", i);
      break;
    }
    nseg++;
    while (segment_append(&segs[i], lsn, payload, pl)) lsn++;
    segment_seal(&segs[i]);
  }
  long page = sysconf(_SC_PAGESIZE);
  for (int i = 0; i < nseg; i++) {
    printf("seg %u: cap %zu (%s), used %u, lsn %llu..%llu, crc %08x\n", segs[i].hdr.seq,
           segs[i].cap, ((uintptr_t)segs[i].data % (uintptr_t)page) ? "unaligned" : "aligned",
           segs[i].hdr.used, (unsigned long long)segs[i].hdr.lsn_first,
           (unsigned long long)segs[i].hdr.lsn_last, segs[i].hdr.crc);
    free(segs[i].data);
  }
  return 0;
}
