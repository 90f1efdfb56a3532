// EXPECT: heap-buffer-overflow
// a bump arena over 256-byte blocks aligns each allocation to 16 but tests the fit with the unaligned offset, so a string can run off the block's end
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK_SIZE 256

struct block {
  struct block *next;
  size_t used, size;
  unsigned char *mem;
};

struct arena {
  struct block *head;
  size_t blocks, bytes;
};

static struct block *block_new(size_t size) {
  struct block *b = malloc(sizeof *b);
  b->mem = malloc(size);
  b->size = size;
  b->used = 0;
  b->next = NULL;
  return b;
}

static size_t align_up(size_t v, size_t a) { return (v + a - 1) & ~(a - 1); }

static void *arena_alloc(struct arena *a, size_t n) {
  struct block *b = a->head;
  if (!b || b->used + n > b->size) {
    struct block *nb = block_new(n > BLOCK_SIZE ? n : BLOCK_SIZE);
    nb->next = b;
    a->head = b = nb;
    a->blocks++;
  }
  size_t start = align_up(b->used, 16);
  b->used = start + n;
  a->bytes += n;
  return b->mem + start;
}

static char *arena_strdup(struct arena *a, const char *s) {
  size_t n = strlen(s) + 1;
  char *p = arena_alloc(a, n);
  memcpy(p, s, n); // BUG
  return p;
}

static void arena_free(struct arena *a) {
  struct block *b = a->head;
  while (b) {
    struct block *next = b->next;
    free(b->mem);
    free(b);
    b = next;
  }
  a->head = NULL;
}

struct symbol {
  const char *name;
  int id;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOP";
  size_t al = strlen(alpha);
  struct arena a = {0};
  struct symbol *syms = arena_alloc(&a, (size_t)n * sizeof *syms);
  char name[64];
  for (int i = 0; i < n; i++) {
    size_t len = 4 + (size_t)(i * 4) % 17;
    if (len >= sizeof name) len = sizeof name - 1;
    for (size_t k = 0; k < len; k++) name[k] = alpha[(i + k) % al];
    name[len] = '\0';
    syms[i].name = arena_strdup(&a, name);
    syms[i].id = i;
  }
  size_t total = 0;
  for (int i = 0; i < n; i++) total += strlen(syms[i].name);
  printf("%d symbols, %zu chars, %zu blocks, %zu bytes\n", n, total, a.blocks, a.bytes);
  arena_free(&a);
  return 0;
}
