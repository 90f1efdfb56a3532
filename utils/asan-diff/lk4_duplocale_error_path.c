// EXPECT: leak
// A number formatter takes a private copy of the global locale with
// duplocale() for each request and releases it with freelocale() on success;
// the early return for a malformed request forgets freelocale(), so one
// locale object (glibc's malloc'd copy) leaks per rejected request.
#define _GNU_SOURCE
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static int format_amount(const char *in, char *out, size_t outsz) {
  locale_t loc = duplocale(LC_GLOBAL_LOCALE);
  if (loc == (locale_t)0) return -1;
  locale_t old = uselocale(loc);
  char *end;
  double v = strtod(in, &end);
  if (*end != '\0') {
    uselocale(old);
    return -1; /* BUG: freelocale(loc) missing */
  }
  snprintf(out, outsz, "%.2f", v);
  uselocale(old);
  freelocale(loc);
  return 0;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

__attribute__((noinline)) static int run(int n) {
  char in[32], out[64];
  int bad = 0;
  for (int i = 0; i < n; i++) {
    if (i % 4 == 3)
      snprintf(in, sizeof in, "%d.5x", i);
    else
      snprintf(in, sizeof in, "%d.25", i * 100);
    if (format_amount(in, out, sizeof out) != 0) bad++;
  }
  return bad;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  int bad = run(n);
  scrub();
  printf("rejected %d of %d\n", bad, n);
  return 0;
}
