// EXPECT: none
// A deferred logger keeps a heap va_list copy and drains it before freeing
// it (structs and long doubles via va_arg); a tokenizer stores struct
// returns (sret) into a heap array with a correct `>=` capacity check.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct point { long x, y; };
struct token { int kind; int len; long start; char text[24]; };

static long drain(int count, ...) {
  va_list ap;
  va_start(ap, count);
  va_list *copy = malloc(sizeof(va_list));
  va_copy(*copy, ap);
  va_end(ap);
  long s = 0;
  for (int i = 0; i < count; i++) {
    struct point p = va_arg(*copy, struct point);
    long double scale = va_arg(*copy, long double);
    s += (long)((p.x * p.y) * scale);
  }
  va_end(*copy);
  free(copy);
  return s;
}

__attribute__((noinline)) static struct token next_token(const char *s, int pos) {
  struct token t;
  t.kind = s[pos] & 3;
  t.len = 1;
  t.start = pos;
  memset(t.text, 0, sizeof t.text);
  t.text[0] = s[pos];
  return t;
}

int main(int argc, char **argv) {
  struct point a = {atoi(argv[1]), 2}, b = {3, argc};
  long s = drain(2, a, 1.5L, b, 2.0L);
  int cap = atoi(argv[1]) / 2;
  struct token *tokens = malloc(cap * sizeof *tokens);
  int count = 0;
  for (int pos = 0; argv[2][pos]; pos += 4) {
    if (count >= cap) break;
    tokens[count++] = next_token(argv[2], pos);
  }
  printf("%ld %d %c\n", s, count, tokens[count - 1].text[0]);
  free(tokens);
  return 0;
}
