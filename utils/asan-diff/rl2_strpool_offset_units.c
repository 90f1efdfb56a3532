// EXPECT: heap-buffer-overflow
// the symbol table stores byte offsets into a string pool, but name_at adds them to a uint32_t pointer: the second name is looked up four times too far, well past the pool
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct strpool {
  unsigned char *base;   /* 4-byte aligned records: u32 length, bytes, NUL, padding */
  size_t used, cap;
};

struct symbol {
  uint32_t name_off;   /* byte offset of the record in the pool */
  int value;
  int section;
};

static uint32_t pool_add(struct strpool *p, const char *s) {
  size_t n = strlen(s);
  size_t rec = (4 + n + 1 + 3) & ~(size_t)3;
  if (p->used + rec > p->cap) {
    while (p->used + rec > p->cap) p->cap *= 2;
    p->base = realloc(p->base, p->cap);
  }
  uint32_t off = (uint32_t)p->used;
  uint32_t len = (uint32_t)n;
  memcpy(p->base + off, &len, 4);
  memcpy(p->base + off + 4, s, n + 1);
  p->used += rec;
  return off;
}

/* Returns the name of a record; the offset is in bytes but is added to a u32 pointer. */
static const char *name_at(const struct strpool *p, uint32_t off, uint32_t *len) {
  const uint32_t *rec = (const uint32_t *)p->base + off;
  *len = rec[0]; // BUG
  return (const char *)(rec + 1);
}

static int cmp_sym_value(const void *a, const void *b) {
  const struct symbol *x = a, *y = b;
  return (x->value > y->value) - (x->value < y->value);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "sym";
  struct strpool pool = {malloc(64), 0, 64};
  struct symbol syms[64];
  int nsyms = 0;
  char name[64];
  for (int i = 0; i < n * 3 && nsyms < 64; i++) {
    snprintf(name, sizeof name, "%s_%.*s_%d", i % 2 ? "fn" : "var", 1 + i % 12, word, i);
    syms[nsyms].name_off = pool_add(&pool, name);
    syms[nsyms].value = (i * 7919) % 1000;
    syms[nsyms].section = i % 3;
    nsyms++;
  }
  /* shrink the pool to its exact size before handing it out */
  pool.base = realloc(pool.base, pool.used);
  pool.cap = pool.used;
  qsort(syms, (size_t)nsyms, sizeof syms[0], cmp_sym_value);
  size_t total = 0;
  unsigned h = 0;
  for (int i = 0; i < nsyms; i++) {
    uint32_t len;
    const char *nm = name_at(&pool, syms[i].name_off, &len);
    total += len;
    for (uint32_t k = 0; k < len; k++) h = h * 31 + (unsigned char)nm[k];
  }
  printf("symbols=%d pool=%zu names=%zu hash=%08x\n", nsyms, pool.used, total, h);
  free(pool.base);
  return 0;
}
