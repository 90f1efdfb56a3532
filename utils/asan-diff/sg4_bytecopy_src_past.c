// EXPECT: stack-buffer-overflow
// A byte-by-byte copy loop from a 13-byte local key into a heap buffer
// copies one byte more than the key has.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void copy(unsigned char *d, const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n; i++) d[i] = s[i]; // BUG
}
int main(int argc, char **argv) {
  unsigned char key[13];
  memcpy(key, argv[2], sizeof key);
  unsigned char *out = malloc(32);
  copy(out, key, (size_t)atoi(argv[1]) + 4); /* 14 */
  printf("%d %d\n", out[0], argc);
  free(out);
  return 0;
}
