// EXPECT: dynamic-stack-buffer-overflow
// A scratch copy of an argument made with alloca(strlen(s)) (no room for
// the terminator); the manual copy loop, unrolled at -O2, copies the NUL
// too and writes one byte past the alloca block.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static unsigned upper_hash(const char *s) {
  size_t n = strlen(s);
  char *tmp = alloca(n);
  size_t i = 0;
  do {
    tmp[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]); // BUG
  } while (s[i++]);
  unsigned h = 0;
  for (size_t k = 0; k < n; k++) h = h * 131 + (unsigned char)tmp[k];
  return h;
}

int main(int argc, char **argv) {
  printf("%u %d\n", upper_hash(argv[2]), argc);
  return 0;
}
