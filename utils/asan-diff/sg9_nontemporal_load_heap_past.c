// EXPECT: heap-buffer-overflow
// A streaming checksum reads a large heap array with
// __builtin_nontemporal_load (to avoid polluting the cache) two words per
// iteration; an odd count makes the last pair's second load go past the end.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static unsigned long checksum(const unsigned long *v, int n) {
  unsigned long a = 0, b = 0;
  for (int i = 0; i < n; i += 2) {
    a += __builtin_nontemporal_load(&v[i]);
    b ^= __builtin_nontemporal_load(&v[i + 1]); // BUG
  }
  return a * 31 + b;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) + 1;           /* 11 */
  unsigned long *v = malloc(n * sizeof *v);
  for (int i = 0; i < n; i++) v[i] = i * 2654435761u + argc;
  printf("%lu\n", checksum(v, n));
  free(v);
  return 0;
}
