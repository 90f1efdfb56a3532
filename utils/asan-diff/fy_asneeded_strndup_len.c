// EXPECT: heap-buffer-overflow
// FLAGS: -Wl,--as-needed -lm
// Linked with --as-needed (libraries only kept if used; here libm is used
// for lround): a field extractor duplicates a field with strndup and then
// writes a terminator at the field length it was asked for, not the
// length strndup actually copied.
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static char *field(const char *s, size_t want) {
  char *f = strndup(s, want);
  f[want] = '\0'; // BUG
  return f;
}

int main(int argc, char **argv) {
  long w = lround(atof(argv[1]) * 1.5);     /* 15 */
  char *f = field(argv[1], (size_t)w);
  printf("%s\n", f);
  free(f);
  return 0;
}
