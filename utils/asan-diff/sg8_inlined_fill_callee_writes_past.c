// EXPECT: stack-buffer-overflow
// A tiny static helper pads a fixed-width field with spaces and
// NUL-terminates it; the caller passes the field's width, not its width
// minus one, so the terminator lands one past the local 8-byte tag. At -O2
// the helper is inlined into the caller, where the array lives.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline void pad_field(char *f, size_t width, const char *s) {
  size_t i = 0;
  for (; i < width && s[i]; i++) f[i] = s[i];
  for (; i < width; i++) f[i] = ' ';
  f[width] = '\0'; // BUG
}

int main(int argc, char **argv) {
  char tag[8];
  size_t width = (size_t)atoi(argv[1]) - 2; /* 8 */
  pad_field(tag, width, argc > 1 ? "OK" : "??");
  printf("[%.8s]\n", tag);
  return 0;
}
