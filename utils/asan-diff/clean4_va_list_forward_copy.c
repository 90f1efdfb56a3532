// EXPECT: none
// A va_list forwarded through four frames, each taking a va_copy and
// walking it (ints, doubles, strings and a struct passed by value), the
// innermost formatting with vsnprintf into a caller's stack buffer sized
// exactly from a first vsnprintf pass.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct triple {
  int a, b, c;
  char tag[10];
};

static long walk(int count, va_list ap) {
  long s = 0;
  for (int i = 0; i < count; i++) {
    int kind = va_arg(ap, int);
    if (kind == 0) s += va_arg(ap, int);
    else if (kind == 1) s += (long)va_arg(ap, double);
    else if (kind == 2) s += (long)strlen(va_arg(ap, const char *));
    else {
      struct triple t = va_arg(ap, struct triple);
      s += t.a + t.b + t.c + t.tag[8];
    }
  }
  return s;
}

__attribute__((noinline)) static long level4(char *out, size_t cap, const char *fmt, va_list ap) {
  va_list cp;
  va_copy(cp, ap);
  int need = vsnprintf(NULL, 0, fmt, cp);
  va_end(cp);
  if ((size_t)need + 1 > cap) return -1;
  return vsnprintf(out, (size_t)need + 1, fmt, ap);
}

__attribute__((noinline)) static long level3(int count, const char *fmt, va_list ap) {
  va_list cp;
  va_copy(cp, ap);
  char buf[160];
  long len = level4(buf, sizeof buf, fmt, cp);
  va_end(cp);
  return len + buf[len - 1];
}

__attribute__((noinline)) static long level2(int count, const char *fmt, va_list ap) {
  (void)count;
  va_list cp;
  va_copy(cp, ap);
  long r = level3(count, fmt, cp);
  va_end(cp);
  return r;
}

__attribute__((noinline)) static long level1(int count, const char *fmt, ...) {
  va_list ap, walkap;
  va_start(ap, fmt);
  va_copy(walkap, ap);
  long formatted = level2(count, fmt, ap);
  va_end(ap);
  (void)walkap;
  va_end(walkap);
  return formatted;
}

__attribute__((noinline)) static long tagged(int count, ...) {
  va_list ap;
  va_start(ap, count);
  va_list again;
  va_copy(again, ap);
  long a = walk(count, ap);
  long b = walk(count, again);
  va_end(again);
  va_end(ap);
  return a + b;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  long total = 0;
  for (int i = 0; i < n * 100; i++) {
    struct triple t = {i, i * 2, i * 3, "abcdefgh"};
    total += tagged(5, 0, i, 1, i * 0.5, 2, text + i % 26, 3, t, 0, -i);
    total += level1(4, "%d|%s|%.3f|%c", i, text + i % 20, i / 7.0, text[i % 26]);
  }
  printf("%ld\n", total);
  return 0;
}
