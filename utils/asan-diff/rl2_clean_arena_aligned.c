// EXPECT: none
// an arena with over-aligned chunks (aligned_alloc, posix_memalign), structs with bit-fields and flexible arrays packed back to back, unaligned memcpy reads at block ends
#include <stdalign.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct chunk {
  struct chunk *next;
  size_t used, cap;
  alignas(64) unsigned char mem[];
};

struct arena {
  struct chunk *head;
  size_t chunk_size;
  int chunks;
};

static void *arena_alloc(struct arena *a, size_t n, size_t align) {
  struct chunk *c = a->head;
  size_t off = c ? (c->used + align - 1) & ~(align - 1) : 0;
  if (!c || off + n > c->cap) {
    size_t cap = n + align > a->chunk_size ? n + align : a->chunk_size;
    size_t total = (offsetof(struct chunk, mem) + cap + 63) & ~(size_t)63;
    void *raw = NULL;
    if (a->chunks % 2) raw = aligned_alloc(64, total);
    else if (posix_memalign(&raw, 128, total) != 0) return NULL;
    c = raw;
    c->next = a->head;
    c->used = 0;
    c->cap = cap;
    a->head = c;
    a->chunks++;
    off = 0;
  }
  c->used = off + n;
  return c->mem + off;
}

struct flags {
  unsigned kind : 3;
  unsigned dirty : 1;
  unsigned level : 5;
  unsigned id : 23;
};

struct record {
  struct flags f;
  uint16_t nvals;
  uint16_t nname;
  int32_t vals[];   /* nvals ints, then nname name bytes (no terminator) */
};

static struct record *make_record(struct arena *a, int id, const char *name, size_t nl, int nv) {
  struct record *r = arena_alloc(a, sizeof *r + (size_t)nv * sizeof(int32_t) + nl, alignof(struct record));
  r->f.kind = (unsigned)id % 8;
  r->f.dirty = (unsigned)id & 1;
  r->f.level = (unsigned)id % 31;
  r->f.id = (unsigned)id;
  r->nvals = (uint16_t)nv;
  r->nname = (uint16_t)nl;
  for (int i = 0; i < nv; i++) r->vals[i] = id * 100 + i;
  memcpy((char *)(r->vals + nv), name, nl);
  return r;
}

static uint64_t record_hash(const struct record *r) {
  const unsigned char *name = (const unsigned char *)(r->vals + r->nvals);
  uint64_t h = r->f.id * 0x9E3779B97F4A7C15ull + r->f.kind + r->f.level * 7u;
  size_t i = 0;
  for (; i + 4 <= r->nname; i += 4) {   /* unaligned 4-byte reads, inside the record */
    uint32_t w;
    memcpy(&w, name + i, 4);
    h = (h ^ w) * 0x100000001B3ull;
  }
  for (; i < r->nname; i++) h = (h ^ name[i]) * 0x100000001B3ull;
  for (uint16_t k = 0; k < r->nvals; k++) h += (uint64_t)r->vals[k];
  return h;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "arena";
  size_t wl = strlen(word);
  struct arena a = {NULL, 256, 0};
  struct record *recs[512];
  int nrec = 0;
  for (int i = 0; i < n * 40 && nrec < 512; i++) {
    size_t nl = 1 + (size_t)i % wl;
    int nv = i % 6;
    recs[nrec++] = make_record(&a, i, word + (wl - nl), nl, nv);
    if (i % 9 == 0) {
      double *d = arena_alloc(&a, sizeof(double) * 3, 32);   /* over-aligned doubles between records */
      d[0] = i; d[1] = i * 0.5; d[2] = d[0] + d[1];
    }
  }
  uint64_t mix = 0;
  int dirty = 0;
  for (int i = 0; i < nrec; i++) {
    mix ^= record_hash(recs[i]) + (uint64_t)i;
    dirty += recs[i]->f.dirty;
    recs[i]->f.dirty = 0;
  }
  printf("records=%d chunks=%d dirty=%d mix=%016llx\n", nrec, a.chunks, dirty, (unsigned long long)mix);
  while (a.head) {
    struct chunk *c = a.head;
    a.head = c->next;
    free(c);
  }
  return 0;
}
