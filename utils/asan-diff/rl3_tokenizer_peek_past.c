// EXPECT: heap-buffer-overflow
// an expression tokenizer sizes its token array exactly (a counting pass first); the evaluator's operator lookahead reads toks[n] once the last number is consumed
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum kind { T_NUM, T_IDENT, T_OP, T_LPAREN, T_RPAREN };

struct token {
  enum kind kind;
  int start, len;
  long value;
};

struct parser {
  const char *src;
  struct token *toks;
  size_t n, pos;
  int errors;
};

static int scan_one(const char *s, size_t *i, struct token *out) {
  while (s[*i] == ' ' || s[*i] == '\t') (*i)++;
  if (!s[*i]) return 0;
  size_t b = *i;
  struct token t = {T_OP, (int)b, 1, 0};
  if (isdigit((unsigned char)s[b])) {
    t.kind = T_NUM;
    while (isdigit((unsigned char)s[*i])) t.value = t.value * 10 + (s[(*i)++] - '0');
    t.len = (int)(*i - b);
  } else if (isalpha((unsigned char)s[b]) || s[b] == '_') {
    t.kind = T_IDENT;
    while (isalnum((unsigned char)s[*i]) || s[*i] == '_') (*i)++;
    t.len = (int)(*i - b);
  } else {
    t.kind = s[b] == '(' ? T_LPAREN : s[b] == ')' ? T_RPAREN : T_OP;
    (*i)++;
  }
  if (out) *out = t;
  return 1;
}

static struct token *tokenize(const char *s, size_t *count) {
  size_t i = 0, n = 0;
  while (scan_one(s, &i, NULL)) n++;
  struct token *toks = malloc(n * sizeof *toks);
  i = 0;
  for (size_t k = 0; k < n; k++) scan_one(s, &i, &toks[k]);
  *count = n;
  return toks;
}

static long lookup(struct parser *p, const struct token *t) {
  long h = 0;
  for (int k = 0; k < t->len; k++) h += p->src[t->start + k] - 'A' + 1;
  return h % 97;
}

static int at_op(struct parser *p, const char *ops) {
  const struct token *t = &p->toks[p->pos];
  return t->kind == T_OP && strchr(ops, p->src[t->start]) != NULL; // BUG
}

static long parse_expr(struct parser *p);

static long parse_primary(struct parser *p) {
  if (p->pos >= p->n) { p->errors++; return 0; }
  struct token *t = &p->toks[p->pos++];
  switch (t->kind) {
  case T_NUM: return t->value;
  case T_IDENT: return lookup(p, t);
  case T_LPAREN: {
    long v = parse_expr(p);
    if (p->pos < p->n && p->toks[p->pos].kind == T_RPAREN) p->pos++;
    else p->errors++;
    return v;
  }
  case T_OP:
    if (p->src[t->start] == '-') return -parse_primary(p);
    /* fallthrough */
  default:
    p->errors++;
    return 0;
  }
}

static long parse_term(struct parser *p) {
  long v = parse_primary(p);
  while (at_op(p, "*/%")) {
    char op = p->src[p->toks[p->pos++].start];
    long r = parse_primary(p);
    if (op == '*') v *= r;
    else if (r == 0) p->errors++;
    else v = op == '/' ? v / r : v % r;
  }
  return v;
}

static long parse_expr(struct parser *p) {
  long v = parse_term(p);
  while (p->pos < p->n && at_op(p, "+-")) {
    char op = p->src[p->toks[p->pos++].start];
    long r = parse_term(p);
    v = op == '+' ? v + r : v - r;
  }
  return v;
}

int main(int argc, char **argv) {
  int scale = argc > 1 ? atoi(argv[1]) : 10;
  const char *name = argc > 2 ? argv[2] : "ABC";
  char src[256];
  snprintf(src, sizeof src, "(%.8s + %d) * 3 - %.3s / (2 + %d) + %d * %d", name, scale,
           name + 3, scale % 7, scale, scale + 1);
  struct parser p = {src, NULL, 0, 0, 0};
  p.toks = tokenize(src, &p.n);
  long v = parse_expr(&p);
  printf("%s = %ld (%zu tokens, %d errors)\n", src, v, p.n, p.errors);
  free(p.toks);
  return 0;
}
