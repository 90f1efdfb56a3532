// EXPECT: none
// A JSON-ish recursive-descent validator that recovers from errors with setjmp/longjmp, as
// C parsers like Lua's or libpng do: every nesting level has a local scratch array, an error
// deep inside longjmps straight back to the top (skipping the frames' epilogues), and the
// next document is parsed on the same stack, reusing those frames' memory.
#include <ctype.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct parser {
  const char *p;
  int depth, max_depth;
  long keychars;
  jmp_buf on_error;
  char msg[64];
};

static void fail(struct parser *ps, const char *why) {
  snprintf(ps->msg, sizeof ps->msg, "%s at '%.8s'", why, ps->p);
  longjmp(ps->on_error, 1);
}

static void ws(struct parser *ps) { while (isspace((unsigned char)*ps->p)) ps->p++; }

static int value(struct parser *ps);

static int string(struct parser *ps) {
  char buf[32]; /* a local scratch copy, as a real parser would intern it */
  size_t n = 0;
  ps->p++;
  while (*ps->p && *ps->p != '"') {
    if (n + 1 >= sizeof buf) fail(ps, "string too long");
    buf[n++] = *ps->p++;
  }
  if (*ps->p != '"') fail(ps, "unterminated string");
  ps->p++;
  buf[n] = '\0';
  return (int)strlen(buf);
}

static int container(struct parser *ps, char close) {
  int keys[16]; /* per-level bookkeeping on the stack */
  int n = 0;
  if (++ps->depth > ps->max_depth) fail(ps, "too deep");
  ps->p++;
  ws(ps);
  while (*ps->p != close) {
    if (close == '}') {
      if (*ps->p != '"') fail(ps, "expected key");
      keys[n % 16] = string(ps);
      ws(ps);
      if (*ps->p++ != ':') fail(ps, "expected ':'");
    }
    value(ps);
    n++;
    ws(ps);
    if (*ps->p == ',') { ps->p++; ws(ps); continue; }
    if (*ps->p != close) fail(ps, "expected ',' or close");
  }
  ps->p++;
  ps->depth--;
  if (close == '}')
    for (int i = 0; i < n && i < 16; i++) ps->keychars += keys[i];
  return n;
}

static int value(struct parser *ps) {
  ws(ps);
  switch (*ps->p) {
  case '{': return container(ps, '}');
  case '[': return container(ps, ']');
  case '"': return string(ps);
  default:
    if (isdigit((unsigned char)*ps->p) || *ps->p == '-') { strtod(ps->p, (char **)&ps->p); return 1; }
    if (!strncmp(ps->p, "true", 4) || !strncmp(ps->p, "null", 4)) { ps->p += 4; return 1; }
    fail(ps, "unexpected character");
  }
  return 0;
}

static int validate(const char *doc, int max_depth, char *err, size_t errsz) {
  struct parser ps = { doc, 0, max_depth, 0, { { 0 } }, "" };
  if (setjmp(ps.on_error)) {
    snprintf(err, errsz, "%s (depth %d)", ps.msg, ps.depth);
    return -1;
  }
  value(&ps);
  ws(&ps);
  if (*ps.p) fail(&ps, "trailing data");
  return 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char doc[2048], err[128];
  int ok = 0, bad = 0;
  for (int d = 1; d <= n * 2; d++) {
    size_t len = 0;
    for (int i = 0; i < d; i++) {
      if (i % 2) len += (size_t)snprintf(doc + len, sizeof doc - len, "[1, \"%.3s\", ", alpha + i % 20);
      else len += (size_t)snprintf(doc + len, sizeof doc - len, "{\"k%d\": ", i);
    }
    if (d % 2 == 1) len += (size_t)snprintf(doc + len, sizeof doc - len, "%s", d % 3 ? "null" : "@");
    else len += (size_t)snprintf(doc + len, sizeof doc - len, "\"%s%s\"", alpha, d % 4 ? "" : "0123456789");
    for (int i = d - 1; i >= 0; i--) len += (size_t)snprintf(doc + len, sizeof doc - len, i % 2 ? "]" : "}");
    if (validate(doc, n + 3, err, sizeof err) == 0) ok++;
    else { bad++; printf("doc %2d: %s\n", d, err); }
  }
  printf("%d valid, %d invalid\n", ok, bad);
  return 0;
}
