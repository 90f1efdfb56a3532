// EXPECT: none
// A recursive-descent parser for nested lists "(1 (2 3) ...)" keeps a
// small token buffer and a 256-byte scratch array in every frame; on a
// syntax error found thousands of levels deep it longjmps straight back to
// the top-level entry point. The same entry point then parses the next
// (valid) input, whose frames reuse the stack the abandoned frames
// occupied, and big memsets over fresh locals follow.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Parser {
  const char *p;
  jmp_buf fail;
  int depth, max_depth;
};

static long parse_list(struct Parser *ps);

static long parse_item(struct Parser *ps) {
  char tok[16];
  int n = 0;
  while (*ps->p == ' ') ps->p++;
  if (*ps->p == '(') return parse_list(ps);
  while (*ps->p >= '0' && *ps->p <= '9' && n < 15) tok[n++] = *ps->p++;
  tok[n] = '\0';
  if (n == 0) longjmp(ps->fail, 1);
  return atol(tok);
}

static long parse_list(struct Parser *ps) {
  char scratch[256];
  long sum = 0;
  memset(scratch, 0, sizeof scratch);
  ps->p++;  // '('
  if (++ps->depth > ps->max_depth) ps->max_depth = ps->depth;
  for (;;) {
    while (*ps->p == ' ') ps->p++;
    if (*ps->p == ')') break;
    if (*ps->p == '\0') longjmp(ps->fail, 2);
    sum += parse_item(ps);
    scratch[sum & 255]++;
  }
  ps->p++;
  ps->depth--;
  return sum + scratch[0];
}

__attribute__((noinline)) static int parse(const char *text, long *out) {
  struct Parser ps = {text, {{0}}, 0, 0};
  int err = setjmp(ps.fail);
  if (err) return -err;
  *out = parse_list(&ps);
  return ps.max_depth;
}

static char *nested(int depth, int broken) {
  char *s = malloc((size_t)depth * 4 + 16);
  char *w = s;
  for (int i = 0; i < depth; i++) w += sprintf(w, "(%d ", i % 10);
  if (broken) *w++ = 'x';
  for (int i = 0; i < depth; i++) *w++ = ')';
  *w = '\0';
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long total = 0;
  for (int round = 0; round < n; round++) {
    char *bad = nested(2000 + round * 100, 1);
    char *good = nested(1500 + round * 50, 0);
    long v = 0;
    int r1 = parse(bad, &v);
    int r2 = parse(good, &v);
    char big[32768];
    memset(big, round, sizeof big);
    total += r1 + r2 + v + big[32767];
    free(bad);
    free(good);
  }
  printf("%ld\n", total);
  return 0;
}
