// EXPECT: stack-buffer-overflow
// the tokenizer's bound check leaves no slot for T_END: a 64-token line writes toks[64]
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum tok_kind {
  T_NUM, T_IDENT, T_PLUS, T_MINUS, T_STAR, T_SLASH, T_PERCENT, T_CARET,
  T_LPAREN, T_RPAREN, T_COMMA, T_ASSIGN, T_END
};

struct token {
  enum tok_kind kind;
  int pos;
  long value;
  char name[16];
};

#define MAX_TOKENS 64
#define MAX_ARGS 4

struct parser {
  const struct token *toks;
  int cur;
  int error;
  char msg[64];
};

struct var { char name[16]; long value; };
static struct var vars[16];
static int nvars;

static long *lookup_var(const char *name, int create) {
  for (int i = 0; i < nvars; i++)
    if (strcmp(vars[i].name, name) == 0)
      return &vars[i].value;
  if (!create || nvars == (int)(sizeof vars / sizeof vars[0]))
    return NULL;
  snprintf(vars[nvars].name, sizeof vars[nvars].name, "%s", name);
  vars[nvars].value = 0;
  return &vars[nvars++].value;
}

static int tokenize(const char *src, struct token *out, int max) {
  int n = 0;
  const char *p = src;
  while (*p) {
    if (isspace((unsigned char)*p)) { p++; continue; }
    if (n >= max) return -1;
    struct token *t = &out[n];
    t->pos = (int)(p - src);
    t->value = 0;
    t->name[0] = '\0';
    if (isdigit((unsigned char)*p)) {
      t->kind = T_NUM;
      while (isdigit((unsigned char)*p)) t->value = t->value * 10 + (*p++ - '0');
    } else if (isalpha((unsigned char)*p) || *p == '_') {
      size_t len = 0;
      t->kind = T_IDENT;
      while (isalnum((unsigned char)*p) || *p == '_') {
        if (len + 1 < sizeof t->name) t->name[len++] = *p;
        p++;
      }
      t->name[len] = '\0';
    } else {
      switch (*p) {
      case '+': t->kind = T_PLUS; break;
      case '-': t->kind = T_MINUS; break;
      case '*': t->kind = T_STAR; break;
      case '/': t->kind = T_SLASH; break;
      case '%': t->kind = T_PERCENT; break;
      case '^': t->kind = T_CARET; break;
      case '(': t->kind = T_LPAREN; break;
      case ')': t->kind = T_RPAREN; break;
      case ',': t->kind = T_COMMA; break;
      case '=': t->kind = T_ASSIGN; break;
      default: return -2;
      }
      p++;
    }
    n++;
  }
  out[n].kind = T_END; // BUG
  out[n].pos = (int)(p - src);
  return n;
}

static const struct token *peek(struct parser *ps) { return &ps->toks[ps->cur]; }

static int accept(struct parser *ps, enum tok_kind k) {
  if (ps->toks[ps->cur].kind != k) return 0;
  ps->cur++;
  return 1;
}

static void fail(struct parser *ps, const char *what) {
  if (!ps->error)
    snprintf(ps->msg, sizeof ps->msg, "%s at %d", what, peek(ps)->pos);
  ps->error = 1;
}

static long parse_expr(struct parser *ps);

static long ipow(long b, long e) {
  long r = 1;
  while (e-- > 0) r *= b;
  return r;
}

static long call_builtin(struct parser *ps, const char *name, const long *args, int nargs) {
  if (strcmp(name, "min") == 0 && nargs >= 1) {
    long m = args[0];
    for (int i = 1; i < nargs; i++) if (args[i] < m) m = args[i];
    return m;
  }
  if (strcmp(name, "max") == 0 && nargs >= 1) {
    long m = args[0];
    for (int i = 1; i < nargs; i++) if (args[i] > m) m = args[i];
    return m;
  }
  if (strcmp(name, "abs") == 0 && nargs == 1) return args[0] < 0 ? -args[0] : args[0];
  if (strcmp(name, "sum") == 0) {
    long s = 0;
    for (int i = 0; i < nargs; i++) s += args[i];
    return s;
  }
  fail(ps, "unknown function");
  return 0;
}

static long parse_primary(struct parser *ps) {
  const struct token *t = peek(ps);
  if (accept(ps, T_NUM)) return t->value;
  if (accept(ps, T_MINUS)) return -parse_primary(ps);
  if (accept(ps, T_LPAREN)) {
    long v = parse_expr(ps);
    if (!accept(ps, T_RPAREN)) fail(ps, "expected )");
    return v;
  }
  if (accept(ps, T_IDENT)) {
    if (accept(ps, T_LPAREN)) {
      long args[MAX_ARGS];
      int nargs = 0;
      if (!accept(ps, T_RPAREN)) {
        do {
          long v = parse_expr(ps);
          if (nargs < MAX_ARGS) args[nargs++] = v;
          else fail(ps, "too many arguments");
        } while (accept(ps, T_COMMA));
        if (!accept(ps, T_RPAREN)) fail(ps, "expected ) after arguments");
      }
      return call_builtin(ps, t->name, args, nargs);
    }
    long *v = lookup_var(t->name, 0);
    if (!v) { fail(ps, "unknown variable"); return 0; }
    return *v;
  }
  fail(ps, "unexpected token");
  return 0;
}

static long parse_power(struct parser *ps) {
  long base = parse_primary(ps);
  if (accept(ps, T_CARET)) return ipow(base, parse_power(ps));
  return base;
}

static long parse_term(struct parser *ps) {
  long v = parse_power(ps);
  for (;;) {
    if (accept(ps, T_STAR)) v *= parse_power(ps);
    else if (accept(ps, T_SLASH) || accept(ps, T_PERCENT)) {
      int is_mod = ps->toks[ps->cur - 1].kind == T_PERCENT;
      long d = parse_power(ps);
      if (d == 0) { fail(ps, "division by zero"); return 0; }
      v = is_mod ? v % d : v / d;
    } else return v;
  }
}

static long parse_expr(struct parser *ps) {
  long v = parse_term(ps);
  for (;;) {
    if (accept(ps, T_PLUS)) v += parse_term(ps);
    else if (accept(ps, T_MINUS)) v -= parse_term(ps);
    else return v;
  }
}

/* statement := IDENT '=' expr | expr */
static int eval_line(const char *src, long *result) {
  struct token toks[MAX_TOKENS];
  int n = tokenize(src, toks, MAX_TOKENS);
  if (n < 0) {
    printf("%-40.40s -> tokenizer error %d\n", src, n);
    return -1;
  }
  struct parser ps = { toks, 0, 0, "" };
  long *target = NULL;
  if (n >= 2 && toks[0].kind == T_IDENT && toks[1].kind == T_ASSIGN) {
    target = lookup_var(toks[0].name, 1);
    ps.cur = 2;
  }
  long v = parse_expr(&ps);
  if (!ps.error && peek(&ps)->kind != T_END) fail(&ps, "trailing input");
  if (ps.error) {
    printf("%-40.40s -> error: %s\n", src, ps.msg);
    return -1;
  }
  if (target) *target = v;
  *result = v;
  printf("%-40.40s -> %ld (%d tokens)\n", src, v, n);
  return 0;
}

int main(int argc, char **argv) {
  long seed = argc > 1 ? atol(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "XYZ";
  char line[512];
  long total = 0, r;
  int errors = 0;

  snprintf(line, sizeof line, "n = %ld", seed);
  errors += eval_line(line, &r) != 0; total += r;
  snprintf(line, sizeof line, "len = %zu", strlen(word));
  errors += eval_line(line, &r) != 0; total += r;
  const char *script[] = {
    "a = n * 3 + 4",
    "b = (a - n) % 7 + 2 ^ 3 ^ 2 / 64",
    "c = max(a, b, len, 3) - min(a, b)",
    "abs(b - a) * sum(1, 2, 3, 4)",
    "d = (a + b) * (c - -n) / (1 + len % 5)",
    "sum(a, b, c, d) / 0",
    "e = foo(1)",
    "(((a)))) + 1",
  };
  for (size_t i = 0; i < sizeof script / sizeof script[0]; i++)
    if (eval_line(script[i], &r) == 0) total += r; else errors++;

  /* A long sum built at run time: "-k+k+1+...": 2 tokens per term. */
  for (int terms = 30; terms <= 33; terms++) {
    size_t len = 0;
    for (int k = 0; k < terms; k++)
      len += (size_t)snprintf(line + len, sizeof line - len, "%s%ld",
                              k ? "+" : "-", seed + k);
    if (eval_line(line, &r) == 0) total += r; else errors++;
  }
  printf("total %ld, %d errors, %d variables\n", total, errors, nvars);
  return 0;
}
