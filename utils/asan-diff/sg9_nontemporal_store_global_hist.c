// EXPECT: global-buffer-overflow
// Histogram bins in a global are flushed with __builtin_nontemporal_store
// (a store with !nontemporal metadata); the bin count comes from the input
// length and the flush loop runs to `bins` inclusive.
#include <stdio.h>
#include <stdlib.h>

static unsigned bins_out[12];

__attribute__((noinline)) static void flush(const unsigned *tmp, int bins) {
  for (int i = 0; i <= bins; i++)
    __builtin_nontemporal_store(tmp[i], &bins_out[i]); // BUG
}

int main(int argc, char **argv) {
  unsigned tmp[16] = {0};
  for (const char *p = argv[2]; *p; p++) tmp[(*p - 'A') % 12]++;
  flush(tmp, atoi(argv[1]) + 2);       /* 12 */
  printf("%u %d\n", bins_out[0], argc);
  return 0;
}
