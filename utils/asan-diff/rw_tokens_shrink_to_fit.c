// EXPECT: heap-use-after-free
// A lexer collects tokens into a growable array (tracking the longest token by index while
// the array grows), then the caller trims the array to its final size with realloc. The
// pointer to the longest token that lex() returned is kept across that shrinking realloc;
// with glibc a shrink stays in place and the bug hides, but realloc may move the block.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum tk { IDENT, NUMBER, PUNCT };

struct token {
  enum tk kind;
  int line;
  char text[24];
};

struct tokvec {
  struct token *v;
  size_t n, cap;
};

static struct token *push(struct tokvec *t) {
  if (t->n == t->cap) {
    t->cap = t->cap ? t->cap * 2 : 8;
    t->v = realloc(t->v, t->cap * sizeof *t->v);
  }
  memset(&t->v[t->n], 0, sizeof t->v[0]);
  return &t->v[t->n++];
}

static const struct token *lex(struct tokvec *t, const char *src) {
  size_t longest = (size_t)-1; /* an index while the vector may still grow */
  int line = 1;
  for (const char *p = src; *p;) {
    if (*p == '\n') { line++; p++; continue; }
    if (isspace((unsigned char)*p)) { p++; continue; }
    struct token *tok = push(t);
    tok->line = line;
    size_t n = 0;
    if (isalpha((unsigned char)*p) || *p == '_') {
      tok->kind = IDENT;
      while ((isalnum((unsigned char)*p) || *p == '_') && n < sizeof tok->text - 1) tok->text[n++] = *p++;
      while (isalnum((unsigned char)*p) || *p == '_') p++;
    } else if (isdigit((unsigned char)*p)) {
      tok->kind = NUMBER;
      while (isdigit((unsigned char)*p) && n < sizeof tok->text - 1) tok->text[n++] = *p++;
    } else {
      tok->kind = PUNCT;
      tok->text[n++] = *p++;
    }
    if (longest == (size_t)-1 || strlen(tok->text) > strlen(t->v[longest].text)) longest = t->n - 1;
  }
  return longest == (size_t)-1 ? NULL : &t->v[longest]; /* lexing is done: the vector no longer grows */
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char src[1024];
  size_t len = 0;
  for (int i = 0; i < n && len + 80 < sizeof src; i++)
    len += (size_t)snprintf(src + len, sizeof src - len, "let %.*s_%d = %d * (x%d + 1);\n", 1 + (i * 3) % 20, alpha, i,
                            i * 37, i);
  struct tokvec t = { 0 };
  const struct token *longest = lex(&t, src);
  t.v = realloc(t.v, t.n * sizeof *t.v); /* shrink to fit */
  t.cap = t.n;
  printf("%zu tokens, longest '%s' on line %d\n", t.n, longest->text, longest->line); // BUG
  int idents = 0;
  for (size_t i = 0; i < t.n; i++) idents += t.v[i].kind == IDENT;
  printf("%d identifiers\n", idents);
  free(t.v);
  return 0;
}
