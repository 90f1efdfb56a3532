// EXPECT: heap-buffer-overflow
// FLAGS: -mavx2
// A 64-byte GNU vector (vector_size(64): two AVX stores) clears a heap row
// in whole blocks; the row length 40 is not a multiple of 16 ints and the
// last block's store runs past the end.
#include <stdio.h>
#include <stdlib.h>

typedef int v16i __attribute__((vector_size(64), aligned(4)));

__attribute__((noinline)) static void fill_row(int *row, int n, int v) {
  v16i blk;
  for (int k = 0; k < 16; k++) blk[k] = v;
  for (int i = 0; i < n; i += 16)
    *(v16i *)(row + i) = blk; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 4;         /* 40 */
  int *row = malloc(n * sizeof *row);
  fill_row(row, n, argc);
  printf("%d\n", row[n - 1]);
  free(row);
  return 0;
}
