// EXPECT: none
// A bump arena over malloc'ed chunks with alignment, used for an AST of a tiny s-expression
// reader. Allocation sizes are chosen so chunks fill to their very last byte (the final string
// of a chunk ends at its end), large requests get their own chunk, and nothing points into the
// arena after it is destroyed.
#include <ctype.h>
#include <stdalign.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct chunk { struct chunk *prev; size_t used, cap; alignas(max_align_t) unsigned char mem[]; };
struct arena { struct chunk *cur; size_t total, chunks; };

static void *arena_alloc(struct arena *a, size_t n, size_t align) {
  struct chunk *c = a->cur;
  size_t off = c ? (c->used + align - 1) & ~(align - 1) : 0;
  if (!c || off + n > c->cap) {
    size_t cap = n > 128 ? n : 128;
    c = malloc(sizeof *c + cap);
    c->prev = a->cur;
    c->used = 0;
    c->cap = cap;
    a->cur = c;
    a->chunks++;
    off = 0;
  }
  c->used = off + n;
  a->total += n;
  return c->mem + off;
}

static void arena_destroy(struct arena *a) {
  while (a->cur) {
    struct chunk *p = a->cur->prev;
    free(a->cur);
    a->cur = p;
  }
}

struct sx { int is_list; const char *atom; struct sx *first, *next; };

static struct sx *parse(struct arena *a, const char **p) {
  while (isspace((unsigned char)**p)) (*p)++;
  struct sx *x = arena_alloc(a, sizeof *x, alignof(struct sx));
  memset(x, 0, sizeof *x);
  if (**p == '(') {
    (*p)++;
    x->is_list = 1;
    struct sx **tail = &x->first;
    for (;;) {
      while (isspace((unsigned char)**p)) (*p)++;
      if (!**p || **p == ')') break;
      *tail = parse(a, p);
      tail = &(*tail)->next;
    }
    if (**p == ')') (*p)++;
    return x;
  }
  const char *s = *p;
  while (**p && !isspace((unsigned char)**p) && **p != '(' && **p != ')') (*p)++;
  size_t n = (size_t)(*p - s);
  char *atom = arena_alloc(a, n + 1, 1);
  memcpy(atom, s, n);
  atom[n] = '\0';
  x->atom = atom;
  return x;
}

static int count(const struct sx *x, size_t *chars) {
  if (!x->is_list) { *chars += strlen(x->atom); return 1; }
  int n = 0;
  for (const struct sx *c = x->first; c; c = c->next) n += count(c, chars);
  return n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char src[2048];
  size_t len = 0;
  len += (size_t)snprintf(src, sizeof src, "(define (f x) (");
  for (int i = 0; i < n * 3 && len + 64 < sizeof src; i++)
    len += (size_t)snprintf(src + len, sizeof src - len, " (%.*s %d)", 1 + (i * 5) % 26, alpha, i);
  snprintf(src + len, sizeof src - len, " %s%s%s%s%s%s))", alpha, alpha, alpha, alpha, alpha, alpha);
  struct arena a = { 0 };
  const char *p = src;
  struct sx *root = parse(&a, &p);
  size_t chars = 0;
  int atoms = count(root, &chars);
  /* exact fit: fill what is left of the current chunk to its last byte */
  size_t left = a.cur->cap - a.cur->used;
  if (left) memset(arena_alloc(&a, left, 1), 'x', left);
  printf("%d atoms, %zu chars, %zu bytes in %zu chunks, last chunk full: %d\n", atoms, chars, a.total, a.chunks,
         a.cur->used == a.cur->cap);
  arena_destroy(&a);
  return 0;
}
