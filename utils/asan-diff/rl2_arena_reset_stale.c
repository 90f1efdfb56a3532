// EXPECT: heap-use-after-free
// arena_reset keeps only the first block; a symbol interned during the first pass lives in a later block and is read after the reset
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct block {
  struct block *next;
  size_t used, size;
  unsigned char data[];
};

struct arena {
  struct block *first, *cur;
  size_t block_size;
  int nblocks;
};

static struct block *block_new(size_t size) {
  struct block *b = malloc(sizeof *b + size);
  b->next = NULL;
  b->used = 0;
  b->size = size;
  return b;
}

static void arena_init(struct arena *a, size_t bs) {
  a->block_size = bs;
  a->first = a->cur = block_new(bs);
  a->nblocks = 1;
}

static void *arena_alloc(struct arena *a, size_t n) {
  n = (n + 7) & ~(size_t)7;
  if (a->cur->used + n > a->cur->size) {
    size_t bs = n > a->block_size ? n : a->block_size;
    struct block *b = block_new(bs);
    a->cur->next = b;
    a->cur = b;
    a->nblocks++;
  }
  void *p = a->cur->data + a->cur->used;
  a->cur->used += n;
  return p;
}

static char *arena_strdup(struct arena *a, const char *s) {
  size_t n = strlen(s) + 1;
  char *p = arena_alloc(a, n);
  memcpy(p, s, n);
  return p;
}

/* Frees every block but the first and rewinds it. */
static void arena_reset(struct arena *a) {
  struct block *b = a->first->next;
  while (b) {
    struct block *n = b->next;
    free(b);
    b = n;
  }
  a->first->next = NULL;
  a->first->used = 0;
  a->cur = a->first;
  a->nblocks = 1;
}

static void arena_destroy(struct arena *a) {
  arena_reset(a);
  free(a->first);
}

struct symbol {
  const char *name;
  int uses;
  struct symbol *next;
};

static struct symbol *intern(struct arena *a, struct symbol **list, const char *name) {
  for (struct symbol *s = *list; s; s = s->next)
    if (strcmp(s->name, name) == 0) { s->uses++; return s; }
  struct symbol *s = arena_alloc(a, sizeof *s);
  s->name = arena_strdup(a, name);
  s->uses = 1;
  s->next = *list;
  *list = s;
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  struct arena a;
  arena_init(&a, 128);
  struct symbol *syms = NULL;
  char name[32];
  const char *longest = "";
  for (int pass = 0; pass < 2; pass++) {
    for (int i = 0; i < n * 2; i++) {
      int len = 3 + (i * 5 + pass) % 9;
      for (int k = 0; k < len; k++) name[k] = alpha[(size_t)(i + k * pass + k) % al];
      name[len] = '\0';
      struct symbol *s = intern(&a, &syms, name);
      if (pass == 0 && strlen(s->name) > strlen(longest)) longest = s->name;
    }
    if (pass == 0) {
      printf("pass0 blocks=%d longest=%s\n", a.nblocks, longest);
      arena_reset(&a);
      syms = NULL;
    }
  }
  int count = 0, uses = 0;
  for (struct symbol *s = syms; s; s = s->next) { count++; uses += s->uses; }
  printf("pass1 blocks=%d symbols=%d uses=%d\n", a.nblocks, count, uses);
  printf("longest of pass 0 was %zu bytes\n", strlen(longest)); // BUG
  arena_destroy(&a);
  return 0;
}
