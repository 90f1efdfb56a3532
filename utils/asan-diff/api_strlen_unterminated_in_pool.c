// EXPECT: use-after-poison
// A string interning pool hands out exactly strlen(s) bytes per string (it
// stores lengths separately) from a poisoned block; a caller that later treats
// an interned string as a C string calls strlen() on it, which walks past the
// unterminated bytes into the poisoned remainder of the pool block.
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct intern {
  char *block;
  size_t used, cap;
  const char *str[32];
  size_t len[32];
  int n;
};

static int intern_add(struct intern *t, const char *s, size_t n) {
  for (int i = 0; i < t->n; i++)
    if (t->len[i] == n && !memcmp(t->str[i], s, n)) return i;
  char *p = t->block + t->used;
  ASAN_UNPOISON_MEMORY_REGION(p, n);
  memcpy(p, s, n);
  t->used += (n + 7) & ~(size_t)7;
  t->str[t->n] = p;
  t->len[t->n] = n;
  return t->n++;
}

int main(int argc, char **argv) {
  struct intern t = {0};
  t.cap = 512;
  t.block = malloc(t.cap);
  ASAN_POISON_MEMORY_REGION(t.block, t.cap);
  int k = atoi(argv[1]);
  int a = intern_add(&t, argv[2], (size_t)k);
  int b = intern_add(&t, argv[2] + 3, 5);
  int c = intern_add(&t, argv[2], (size_t)k);
  printf("ids %d %d %d\n", a, b, c);
  size_t n = strlen(t.str[b]); // BUG
  printf("len %zu\n", n);
  ASAN_UNPOISON_MEMORY_REGION(t.block, t.cap);
  free(t.block);
  return 0;
}
