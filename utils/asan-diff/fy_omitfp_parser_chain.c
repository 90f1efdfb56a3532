// EXPECT: heap-buffer-overflow
// FLAGS: -fomit-frame-pointer -fno-inline
// A recursive-descent number parser built without frame pointers (as
// release builds often are) and without inlining, so several frames
// without a frame pointer sit between main and the bad read. The digit
// loop reads one byte past the token because the token is a length-
// delimited heap copy without a terminator.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tok { const char *p; size_t len; };

static long parse_digits(const char *p, const char *end) {
  long v = 0;
  while (p <= end && isdigit((unsigned char)*p)) // BUG
    v = v * 10 + (*p++ - '0');
  return v;
}

static long parse_number(struct tok t) {
  return parse_digits(t.p, t.p + t.len);
}

static long parse_expr(struct tok *toks, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += parse_number(toks[i]);
  return s;
}

int main(int argc, char **argv) {
  char *a = malloc(2), *b = malloc(3);
  memcpy(a, argv[1], 2);              /* "10" */
  memcpy(b, "123", 3);
  struct tok toks[2] = {{a, 2}, {b, 3}};
  printf("%ld\n", parse_expr(toks, 2));
  free(a);
  free(b);
  return 0;
}
