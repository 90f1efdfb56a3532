// EXPECT: none
// FLAGS: -fPIC -fvisibility=hidden -fno-plt -Wl,-z,now -Wl,-z,relro -Wl,--as-needed
// Library-style code (position independent, hidden by default, libc
// called through the GOT, fully bound at startup): a string intern table
// with exported and hidden functions, strdup'd keys, realloc growth and
// an orderly teardown.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define API __attribute__((visibility("default")))

struct table { char **keys; size_t n, cap; };

static int grow(struct table *t) {
  size_t nc = t->cap ? t->cap * 2 : 2;
  char **k = realloc(t->keys, nc * sizeof *k);
  if (!k) return -1;
  t->keys = k;
  t->cap = nc;
  return 0;
}

API const char *intern(struct table *t, const char *s) {
  for (size_t i = 0; i < t->n; i++)
    if (strcmp(t->keys[i], s) == 0) return t->keys[i];
  if (t->n == t->cap && grow(t)) return NULL;
  t->keys[t->n] = strdup(s);
  return t->keys[t->n++];
}

API void table_free(struct table *t) {
  for (size_t i = 0; i < t->n; i++) free(t->keys[i]);
  free(t->keys);
  t->keys = NULL;
  t->n = t->cap = 0;
}

int main(int argc, char **argv) {
  struct table t = {0};
  char w[4] = {0};
  int n = atoi(argv[1]) * 5;
  const char *first = NULL;
  for (int i = 0; i < n; i++) {
    w[0] = argv[2][i % 26];
    w[1] = argv[2][(i * 3) % 26];
    const char *p = intern(&t, w);
    if (!first) first = p;
  }
  printf("%zu %s\n", t.n, first);
  table_free(&t);
  return 0;
}
