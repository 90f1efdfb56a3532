// EXPECT: none
// A va_list passed down three frames, copied with va_copy at each level
// and walked twice (once to measure, once to format into a buffer sized
// exactly); variadic functions with more arguments than registers, with
// doubles and structs-by-pointer among them.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Pair {
  int a, b;
};

__attribute__((noinline)) static long walk(int n, va_list ap) {
  long s = 0;
  for (int i = 0; i < n; i++) {
    int kind = va_arg(ap, int);
    if (kind == 0) s += va_arg(ap, long);
    else if (kind == 1) s += (long)va_arg(ap, double);
    else {
      const struct Pair *p = va_arg(ap, const struct Pair *);
      s += p->a * 10 + p->b;
    }
  }
  return s;
}

__attribute__((noinline)) static long level2(int n, va_list ap) {
  va_list again;
  va_copy(again, ap);
  long first = walk(n, ap);
  long second = walk(n, again);
  va_end(again);
  return first + second;
}

__attribute__((noinline)) static long level1(int n, ...) {
  va_list ap, keep;
  va_start(ap, n);
  va_copy(keep, ap);
  long s = level2(n, ap);
  s += walk(n, keep);
  va_end(keep);
  va_end(ap);
  return s;
}

__attribute__((noinline)) static char *format_exact(const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int len = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *out = malloc((size_t)len + 1);
  vsnprintf(out, (size_t)len + 1, fmt, ap2);
  va_end(ap2);
  return out;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  struct Pair p1 = {v, 2}, p2 = {3, v};
  long total = 0;
  for (int r = 0; r < 100; r++)
    total += level1(7, 0, (long)r, 1, 2.5 * v, 2, &p1, 0, 40L, 2, &p2, 1,
                    (double)r, 0, -7L);
  char *s = format_exact("%s|%d|%.3f|%c|%ld", argv[2], v, 1.0 / v, argv[2][25],
                         total);
  total += (long)strlen(s) + s[strlen(s) - 1];
  printf("%s %ld %d\n", s, total, argc);
  free(s);
  return 0;
}
