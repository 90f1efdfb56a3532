// EXPECT: none
// A calculator with variables: a tokenizer into a fixed token array on the stack that reserves
// the last slot for the END marker, and a recursive-descent parser with assignment, unary
// minus, parentheses and %, checked for depth. Expressions are generated to fill the token
// array exactly (MAXTOK - 1 tokens plus END), and one longer expression is rejected.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXTOK 24
#define MAXDEPTH 8

enum kind { NUM, VAR, OP, LP, RP, END };
struct tok { enum kind k; long v; char c; };
struct ps { const struct tok *t; int i, depth, err; long *vars; };

static int lex(const char *s, struct tok *t) {
  int n = 0;
  for (; *s; s++) {
    if (isspace((unsigned char)*s)) continue;
    if (n >= MAXTOK - 1) return -1; /* keep one slot for END */
    if (isdigit((unsigned char)*s)) {
      char *e;
      t[n].k = NUM; t[n].v = strtol(s, &e, 10); s = e - 1;
    } else if (islower((unsigned char)*s)) {
      t[n].k = VAR; t[n].v = *s - 'a';
    } else if (strchr("+-*/%=", *s)) {
      t[n].k = OP; t[n].c = *s;
    } else if (*s == '(' || *s == ')') {
      t[n].k = *s == '(' ? LP : RP;
    } else return -1;
    n++;
  }
  t[n].k = END;
  return n;
}

static long sum(struct ps *p);

static long atom(struct ps *p) {
  const struct tok *t = &p->t[p->i];
  if (++p->depth > MAXDEPTH) { p->err = 1; return 0; }
  long v = 0;
  if (t->k == NUM) { p->i++; v = t->v; }
  else if (t->k == VAR) {
    p->i++;
    if (p->t[p->i].k == OP && p->t[p->i].c == '=') { p->i++; v = p->vars[t->v] = sum(p); }
    else v = p->vars[t->v];
  } else if (t->k == OP && t->c == '-') { p->i++; v = -atom(p); }
  else if (t->k == LP) {
    p->i++; v = sum(p);
    if (p->t[p->i].k == RP) p->i++; else p->err = 1;
  } else p->err = 1;
  p->depth--;
  return v;
}

static long prod(struct ps *p) {
  long v = atom(p);
  while (p->t[p->i].k == OP && strchr("*/%", p->t[p->i].c)) {
    char c = p->t[p->i++].c;
    long r = atom(p);
    if (c == '*') v *= r;
    else if (r == 0) p->err = 1;
    else v = c == '/' ? v / r : v % r;
  }
  return v;
}

static long sum(struct ps *p) {
  long v = prod(p);
  while (p->t[p->i].k == OP && (p->t[p->i].c == '+' || p->t[p->i].c == '-')) {
    char c = p->t[p->i++].c;
    long r = prod(p);
    v = c == '+' ? v + r : v - r;
  }
  return v;
}

static int eval(const char *src, long *vars, long *out) {
  struct tok t[MAXTOK];
  if (lex(src, t) < 0) return -1;
  struct ps p = { t, 0, 0, 0, vars };
  *out = sum(&p);
  return p.err || t[p.i].k != END ? -1 : 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  long vars[26] = { 0 };
  char src[256];
  int rejected = 0;
  for (int k = 0; k < n; k++) {
    /* "x = (1 + 2) * -3 % 7 - ..." : 23 tokens when k is even, 25 when odd */
    char var = (char)tolower((unsigned char)alpha[k % 26]);
    int len = snprintf(src, sizeof src, "%c = (%d + %d) * -%d %% 7 - (a + b * 2) / -3", var, k, k + 1, k + 2);
    if (k % 2) snprintf(src + len, sizeof src - len, " + 1");
    long v;
    if (eval(src, vars, &v) == 0) printf("%-60s => %ld\n", src, v);
    else rejected++;
  }
  printf("%d rejected, a=%ld b=%ld\n", rejected, vars[0], vars[1]);
  return 0;
}
