// EXPECT: global-buffer-overflow
// An escape-decoding table in a global is indexed on the cold path guarded
// by __builtin_expect(..., 0); the guard checks `c <= 'z'` but the table
// only covers up to 'Y', so the unlikely path reads past it.
#include <stdio.h>
#include <stdlib.h>

static const char esc[26] = "\a\b..\x1b\f.......\n...\r.\t.\v....";

__attribute__((noinline)) static char decode(char c) {
  if (__builtin_expect(c >= 'A' && c <= 'z', 0))
    return esc[c - 'A']; // BUG
  return c;
}

int main(int argc, char **argv) {
  char s[4] = {'x', (char)('A' + atoi(argv[1]) * 3 - 4), 'y', 0}; /* 'Z' */
  int acc = 0;
  for (int i = 0; s[i]; i++) acc += decode(s[i]);
  printf("%d %d\n", acc, argc);
  return 0;
}
