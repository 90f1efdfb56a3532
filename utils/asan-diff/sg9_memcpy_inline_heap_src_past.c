// EXPECT: heap-buffer-overflow
// A fixed-size 32-byte key is copied with __builtin_memcpy_inline (always
// expanded inline, never a libc call) from a heap string that was sized for
// its actual length, so the copy's source runs past the block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct key { char bytes[32]; };

__attribute__((noinline)) static struct key make_key(const char *s) {
  struct key k;
  __builtin_memcpy_inline(&k, s, sizeof k); // BUG
  return k;
}

int main(int argc, char **argv) {
  size_t n = strlen(argv[2]) + 1;     /* 27 */
  char *s = malloc(n);
  memcpy(s, argv[2], n);
  struct key k = make_key(s);
  printf("%.8s %d\n", k.bytes, argc);
  free(s);
  return 0;
}
