// EXPECT: stack-buffer-overflow
// A calculator: tokenizer fills a fixed token array on the stack, a recursive-descent parser
// evaluates it. The tokenizer checks room for every token but then appends the END marker
// unchecked, so an expression of exactly MAXTOK tokens writes one token past the array.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXTOK 16

enum kind { T_NUM, T_PLUS, T_MINUS, T_STAR, T_SLASH, T_LP, T_RP, T_END };

struct token {
  enum kind kind;
  long val;
};

struct parser {
  const struct token *t;
  int pos;
  int err;
};

static int tokenize(const char *s, struct token *toks) {
  int n = 0;
  while (*s) {
    if (isspace((unsigned char)*s)) { s++; continue; }
    if (n >= MAXTOK) return -1;
    if (isdigit((unsigned char)*s)) {
      char *end;
      toks[n].kind = T_NUM;
      toks[n].val = strtol(s, &end, 10);
      s = end;
    } else {
      switch (*s) {
      case '+': toks[n].kind = T_PLUS; break;
      case '-': toks[n].kind = T_MINUS; break;
      case '*': toks[n].kind = T_STAR; break;
      case '/': toks[n].kind = T_SLASH; break;
      case '(': toks[n].kind = T_LP; break;
      case ')': toks[n].kind = T_RP; break;
      default: return -1;
      }
      toks[n].val = 0;
      s++;
    }
    n++;
  }
  toks[n].kind = T_END; // BUG
  toks[n].val = 0;
  return n;
}

static long expr(struct parser *p);

static long primary(struct parser *p) {
  const struct token *t = &p->t[p->pos];
  if (t->kind == T_NUM) { p->pos++; return t->val; }
  if (t->kind == T_MINUS) { p->pos++; return -primary(p); }
  if (t->kind == T_LP) {
    p->pos++;
    long v = expr(p);
    if (p->t[p->pos].kind != T_RP) p->err = 1; else p->pos++;
    return v;
  }
  p->err = 1;
  return 0;
}

static long term(struct parser *p) {
  long v = primary(p);
  while (p->t[p->pos].kind == T_STAR || p->t[p->pos].kind == T_SLASH) {
    enum kind k = p->t[p->pos++].kind;
    long r = primary(p);
    if (k == T_STAR) v *= r;
    else if (r == 0) p->err = 1;
    else v /= r;
  }
  return v;
}

static long expr(struct parser *p) {
  long v = term(p);
  while (p->t[p->pos].kind == T_PLUS || p->t[p->pos].kind == T_MINUS) {
    enum kind k = p->t[p->pos++].kind;
    long r = term(p);
    v = k == T_PLUS ? v + r : v - r;
  }
  return v;
}

static int evaluate(const char *src, long *out) {
  struct token toks[MAXTOK];
  int n = tokenize(src, toks);
  if (n < 0) return -1;
  struct parser p = { toks, 0, 0 };
  *out = expr(&p);
  return p.err || toks[p.pos].kind != T_END ? -1 : 0;
}

int main(int argc, char **argv) {
  int terms = argc > 1 ? atoi(argv[1]) : 10;
  char buf[256];
  long total = 0;
  int failed = 0;
  for (int k = 1; k <= terms; k++) {
    /* "-1*2+3*4+..." : a unary minus, then k numbers joined by operators. */
    int len = snprintf(buf, sizeof buf, "-%d", 1);
    for (int i = 2; i <= k; i++)
      len += snprintf(buf + len, sizeof buf - len, " %c %d", "+*-"[i % 3], i);
    long v;
    if (evaluate(buf, &v) == 0) {
      total += v;
      printf("%-40s = %ld\n", buf, v);
    } else {
      failed++;
    }
  }
  printf("total %ld, %d rejected\n", total, failed);
  return 0;
}
