// EXPECT: heap-buffer-overflow
// the identifier scanner tests p <= end instead of p < end, so the last token of an unterminated source buffer reads one byte past it
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum tok_kind { T_IDENT, T_NUMBER, T_OP, T_LPAREN, T_RPAREN, T_EOF };

struct token {
  enum tok_kind kind;
  const char *start;
  size_t len;
  long value;
};

struct lexer {
  const char *src;   /* not NUL-terminated */
  const char *end;   /* one past the last byte */
  const char *p;
  int line;
  int ntokens;
};

static const char *kind_name(enum tok_kind k) {
  switch (k) {
  case T_IDENT: return "ident";
  case T_NUMBER: return "number";
  case T_OP: return "op";
  case T_LPAREN: return "(";
  case T_RPAREN: return ")";
  default: return "eof";
  }
}

static void skip_space(struct lexer *lx) {
  while (lx->p < lx->end && isspace((unsigned char)*lx->p)) {
    if (*lx->p == '\n') lx->line++;
    lx->p++;
  }
}

static struct token next_token(struct lexer *lx) {
  struct token t = {T_EOF, lx->p, 0, 0};
  skip_space(lx);
  t.start = lx->p;
  if (lx->p >= lx->end) return t;
  char c = *lx->p;
  if (isdigit((unsigned char)c)) {
    long v = 0;
    while (lx->p < lx->end && isdigit((unsigned char)*lx->p))
      v = v * 10 + (*lx->p++ - '0');
    t.kind = T_NUMBER;
    t.value = v;
  } else if (isalpha((unsigned char)c) || c == '_') {
    const char *q = lx->p;
    while (q <= lx->end && (isalnum((unsigned char)*q) || *q == '_')) // BUG
      q++;
    lx->p = q;
    t.kind = T_IDENT;
  } else if (c == '(') {
    lx->p++;
    t.kind = T_LPAREN;
  } else if (c == ')') {
    lx->p++;
    t.kind = T_RPAREN;
  } else {
    lx->p++;
    t.kind = T_OP;
  }
  t.len = (size_t)(lx->p - t.start);
  lx->ntokens++;
  return t;
}

/* Builds "count = (x1 + 10) * y_2 - ABC..." with the identifier last. */
static char *make_source(int n, const char *word, size_t *out_len) {
  char head[128];
  int h = snprintf(head, sizeof head, "count = (x1 + %d) * y_2 - ", n);
  size_t wl = strlen(word);
  char *buf = malloc((size_t)h + wl);   /* exact: no terminator */
  memcpy(buf, head, (size_t)h);
  memcpy(buf + h, word, wl);
  *out_len = (size_t)h + wl;
  return buf;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "abc";
  size_t len;
  char *src = make_source(n, word, &len);
  struct lexer lx = {src, src + len, src, 1, 0};
  int counts[T_EOF + 1] = {0};
  unsigned hash = 5381;
  for (;;) {
    struct token t = next_token(&lx);
    counts[t.kind]++;
    if (t.kind == T_EOF) break;
    for (size_t i = 0; i < t.len; i++) hash = hash * 33 + (unsigned char)t.start[i];
    if (t.kind == T_NUMBER) hash ^= (unsigned)t.value;
  }
  for (int k = 0; k <= T_EOF; k++) printf("%s=%d ", kind_name(k), counts[k]);
  printf("\ntokens=%d lines=%d hash=%08x\n", lx.ntokens, lx.line, hash);
  free(src);
  return 0;
}
