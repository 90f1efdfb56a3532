// EXPECT: none
// Variadic helpers that forward their va_list to vsnprintf with the exact
// buffer size, measure first with a va_copy (used and ended inside the
// same call), and write into a caller-provided stack buffer.
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static int fmt_into(char *dst, size_t cap, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int need = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  int r = vsnprintf(dst, cap, fmt, ap);
  va_end(ap);
  return need < r ? r : need;
}
__attribute__((noinline)) static long sum_ints(int count, ...) {
  va_list ap;
  va_start(ap, count);
  long s = 0;
  for (int i = 0; i < count; i++) s += va_arg(ap, int);
  va_end(ap);
  return s;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char exact[11];
  int need = fmt_into(exact, sizeof exact, "%s", argv[2]);
  char small[8];
  int need2 = fmt_into(small, sizeof small, "%d:%d:%s", n, argc, argv[2]);
  long s = sum_ints(9, n, n, n, n, n, n, n, n, argc);
  printf("%s %s %d %d %ld\n", exact, small, need, need2, s);
  return 0;
}
