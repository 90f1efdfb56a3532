// EXPECT: heap-buffer-overflow
// an expression tokenizer works on a (pointer, length) copy of the input without a terminator; the number scanner forgets the length check and reads one byte past the end
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum tok_kind { T_NUM, T_IDENT, T_OP, T_LPAREN, T_RPAREN, T_END, T_ERROR };

struct token {
  enum tok_kind kind;
  size_t start, len;
  long value;
};

struct lexer {
  const char *src;
  size_t len, pos;
};

static void skip_space(struct lexer *lx) {
  while (lx->pos < lx->len && isspace((unsigned char)lx->src[lx->pos])) lx->pos++;
}

static struct token next_token(struct lexer *lx) {
  struct token t = {T_END, lx->pos, 0, 0};
  skip_space(lx);
  t.start = lx->pos;
  if (lx->pos >= lx->len) return t;
  char c = lx->src[lx->pos];
  if (isdigit((unsigned char)c)) {
    t.kind = T_NUM;
    while (isdigit((unsigned char)lx->src[lx->pos])) { // BUG
      t.value = t.value * 10 + (lx->src[lx->pos] - '0');
      lx->pos++;
    }
  } else if (isalpha((unsigned char)c) || c == '_') {
    t.kind = T_IDENT;
    while (lx->pos < lx->len &&
           (isalnum((unsigned char)lx->src[lx->pos]) || lx->src[lx->pos] == '_'))
      lx->pos++;
  } else if (strchr("+-*/%", c)) {
    t.kind = T_OP;
    lx->pos++;
  } else if (c == '(') {
    t.kind = T_LPAREN;
    lx->pos++;
  } else if (c == ')') {
    t.kind = T_RPAREN;
    lx->pos++;
  } else {
    t.kind = T_ERROR;
    lx->pos++;
  }
  t.len = lx->pos - t.start;
  return t;
}

struct tokvec {
  struct token *v;
  size_t n, cap;
};

static void tv_push(struct tokvec *tv, struct token t) {
  if (tv->n == tv->cap) {
    tv->cap = tv->cap ? tv->cap * 2 : 8;
    tv->v = realloc(tv->v, tv->cap * sizeof *tv->v);
  }
  tv->v[tv->n++] = t;
}

/* Copies the bytes of a message body, which is not NUL-terminated. */
static char *copy_body(const char *text, size_t *len) {
  *len = strlen(text);
  char *b = malloc(*len);
  memcpy(b, text, *len);
  return b;
}

static const char *kind_name(enum tok_kind k) {
  static const char *names[] = {"num", "ident", "op", "(", ")", "end", "error"};
  return names[k];
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEF";
  char text[128];
  snprintf(text, sizeof text, "(%.3s_1 + %d) * x%d - %.2s %% %d", alpha, n * 4, n, alpha + 4, n + 7);
  size_t len;
  char *body = copy_body(text, &len);
  struct lexer lx = {body, len, 0};
  struct tokvec tv = {NULL, 0, 0};
  for (;;) {
    struct token t = next_token(&lx);
    if (t.kind == T_END) break;
    tv_push(&tv, t);
  }
  long nums = 0;
  int depth = 0, maxdepth = 0;
  for (size_t i = 0; i < tv.n; i++) {
    struct token *t = &tv.v[i];
    if (t->kind == T_NUM) nums += t->value;
    if (t->kind == T_LPAREN && ++depth > maxdepth) maxdepth = depth;
    if (t->kind == T_RPAREN) depth--;
    printf("%-5s '%.*s'\n", kind_name(t->kind), (int)t->len, body + t->start);
  }
  printf("%zu tokens, numbers sum %ld, depth %d\n", tv.n, nums, maxdepth);
  free(tv.v);
  free(body);
  return 0;
}
