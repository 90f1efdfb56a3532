// EXPECT: none
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int log_to(char *out, size_t cap, const char *fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int need = vsnprintf(0, 0, fmt, copy);
  va_end(copy);
  vsnprintf(out, cap, fmt, ap);
  return need;
}
static int logf_(char *out, size_t cap, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = log_to(out, cap, fmt, ap);
  va_end(ap);
  return r;
}
static long sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  long s = 0;
  for (int i = 0; i < n; i++) s += va_arg(ap, long);
  va_end(ap);
  return s;
}
int main(int argc, char **argv) {
  char small[10], big[128];
  int need = logf_(small, sizeof small, "%s-%d-%f", argv[2], argc, 1.5);
  logf_(big, sizeof big, "%s-%d-%f", argv[2], argc, 1.5);
  char *dyn = malloc(need + 1);
  logf_(dyn, need + 1, "%s-%d-%f", argv[2], argc, 1.5);
  printf("%d %s %zu %d %ld\n", need, small, strlen(big), strcmp(big, dyn), sum(4, 1L, 2L, 3L, (long)argc));
  free(dyn);
  return 0;
}
