// EXPECT: none
// A token vector that grows by doubling and is trimmed with realloc at the end; everything
// that referred into it during lexing is kept as an index and turned into a pointer only
// after the final realloc. A resize to zero frees the block explicitly instead of relying
// on realloc(p, 0), and a history list is shrunk and regrown the same way.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tok { int kind, line; char text[20]; };
struct vec { struct tok *v; size_t n, cap; };

static struct tok *push(struct vec *t) {
  if (t->n == t->cap) {
    size_t ncap = t->cap ? t->cap * 2 : 4;
    struct tok *nv = realloc(t->v, ncap * sizeof *nv);
    if (!nv) abort();
    t->v = nv;
    t->cap = ncap;
  }
  memset(&t->v[t->n], 0, sizeof *t->v);
  return &t->v[t->n++];
}

static int resize(struct vec *t, size_t cap) {
  if (cap == 0) {
    free(t->v);
    t->v = NULL;
    t->n = t->cap = 0;
    return 0;
  }
  struct tok *nv = realloc(t->v, cap * sizeof *nv);
  if (!nv) return -1;
  t->v = nv;
  t->cap = cap;
  if (t->n > cap) t->n = cap;
  return 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char src[1024];
  size_t len = 0;
  for (int i = 0; i < n && len + 60 < sizeof src; i++)
    len += (size_t)snprintf(src + len, sizeof src - len, "%.*s = %d + y%d;\n", 1 + (i * 5) % 15, alpha, i * 11, i);
  struct vec t = { 0 };
  size_t longest = (size_t)-1;
  int line = 1;
  for (const char *p = src; *p;) {
    if (*p == '\n') { line++; p++; continue; }
    if (isspace((unsigned char)*p)) { p++; continue; }
    struct tok *k = push(&t);
    size_t w = 0;
    k->line = line;
    k->kind = isalnum((unsigned char)*p) ? 1 : 2;
    if (k->kind == 1) while (isalnum((unsigned char)*p)) { if (w + 1 < sizeof k->text) k->text[w++] = *p; p++; }
    else k->text[w++] = *p++;
    if (longest == (size_t)-1 || strlen(k->text) > strlen(t.v[longest].text)) longest = t.n - 1; /* an index */
  }
  resize(&t, t.n); /* shrink to fit: may move */
  const struct tok *lt = &t.v[longest];
  printf("%zu tokens, longest '%s' (line %d), last '%s'\n", t.n, lt->text, lt->line, t.v[t.n - 1].text);
  resize(&t, t.n / 2);
  push(&t);
  printf("after shrink and push: %zu/%zu\n", t.n, t.cap);
  resize(&t, 0);
  push(&t);
  printf("after clear: %zu/%zu\n", t.n, t.cap);
  resize(&t, 0);
  return 0;
}
