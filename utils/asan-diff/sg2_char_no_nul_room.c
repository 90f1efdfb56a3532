// EXPECT: stack-buffer-overflow
// An upper-casing copy loop fills all 8 bytes of the buffer and then writes
// the terminator past it.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int shout(char *dst, const char *src, int max) {
  int i = 0;
  for (; i < max && src[i]; i++) dst[i] = (char)toupper((unsigned char)src[i]);
  dst[i] = 0; // BUG
  return i;
}
int main(int argc, char **argv) {
  char word[8];
  int n = shout(word, argv[2] + 5, (int)sizeof word);
  printf("%d %.8s\n", n + argc, word);
  return 0;
}
