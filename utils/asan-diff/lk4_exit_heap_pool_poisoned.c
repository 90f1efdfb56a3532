// EXPECT: leak
// main owns an ASan-aware connection pool on the heap: a released slot is
// poisoned, but its buffer pointer is left in it and the buffer is never
// freed. A fatal-error helper then calls exit() while main (holding the pool)
// is suspended. The pool is reachable from main's live frame, but LSan takes
// no pointer from a poisoned word (use_poisoned=0): the buffers of the
// released slots are leaked; those of the slots in use are reachable.
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slot {
  char *buf;
  long used;
  long len;
  long fd;
};

struct pool {
  struct slot slots[6];
  int nslots;
};

__attribute__((noinline)) static struct pool *pool_new(void) {
  struct pool *p = aligned_alloc(32, sizeof(struct pool) + 32 - sizeof(struct pool) % 32);
  memset(p, 0, sizeof *p);
  p->nslots = 6;
  return p;
}

__attribute__((noinline)) static void slot_open(struct slot *s, int i, int n) {
  s->len = (long)n * (i + 2);
  s->buf = malloc((size_t)s->len);
  memset(s->buf, 'c', (size_t)s->len);
  s->used = 1;
  s->fd = 100 + i;
}

__attribute__((noinline)) static void slot_release(struct slot *s) {
  s->used = 0;
  s->fd = -1;
  ASAN_POISON_MEMORY_REGION(s, sizeof *s); // BUG: s->buf is not freed
}

__attribute__((noinline)) static void fatal(const char *msg) {
  fflush(stdout);
  fprintf(stderr, "fatal: %s\n", msg);
  exit(0);
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  struct pool *volatile pool = pool_new();
  for (int i = 0; i < pool->nslots; i++) slot_open(&pool->slots[i], i, n);
  for (int i = 0; i < pool->nslots; i += 2) slot_release(&pool->slots[i]);
  scrub();
  long live = 0;
  for (int i = 1; i < pool->nslots; i += 2) live += pool->slots[i].len;
  if (live > 0) fatal(argc > 2 ? argv[2] : "disk full");
  ASAN_UNPOISON_MEMORY_REGION(pool, sizeof *pool);
  free(pool);
  return 0;
}
