// EXPECT: none
// __builtin_alloca_with_align at 64, 256 and 4096-byte alignments in a
// recursion, next to ordinary arrays; blocks are filled exactly to their
// sizes, copied between frames and checked for alignment.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static long nest(int d, int size, const char *parent, int psize) {
  char *a64 = __builtin_alloca_with_align(size, 64 * 8);
  char *a256 = __builtin_alloca_with_align(size + 1, 256 * 8);
  char *page = __builtin_alloca_with_align(size + 3, 4096 * 8);
  int local[9];
  long ok = ((uintptr_t)a64 % 64 == 0) + ((uintptr_t)a256 % 256 == 0) +
            ((uintptr_t)page % 4096 == 0);
  memset(a64, d, size);
  memset(a256, d + 1, size + 1);
  memcpy(page, parent, psize < size + 3 ? psize : size + 3);
  for (int i = 0; i < 9; i++) local[i] = a256[size] + i;
  long s = ok + a64[size - 1] + local[8] + page[0];
  if (d > 0) s += nest(d - 1, size + 5, a256, size + 1);
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  long total = 0;
  for (int r = 0; r < n * 10; r++) total += nest(12, 1 + r % 17, text, 26);
  printf("%ld\n", total);
  return 0;
}
