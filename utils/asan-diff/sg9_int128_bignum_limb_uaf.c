// EXPECT: heap-use-after-free
// A bignum keeps its limbs in a heap array of unsigned __int128; growing it
// reallocs, but a caller holds the old limb pointer across the multiply
// and reads the top limb from the freed array.
#include <stdio.h>
#include <stdlib.h>

typedef unsigned __int128 limb;
struct big { int n; limb *d; };

__attribute__((noinline)) static void grow(struct big *b) {
  b->d = realloc(b->d, (b->n + 4) * sizeof(limb));
  for (int i = b->n; i < b->n + 4; i++) b->d[i] = 0;
  b->n += 4;
}

int main(int argc, char **argv) {
  struct big b = {2, calloc(2, sizeof(limb))};
  b.d[0] = (limb)atoi(argv[1]) << 100;
  b.d[1] = argc;
  limb *top = &b.d[b.n - 1];          /* cached before growth */
  grow(&b);
  limb hi = *top; // BUG
  printf("%llu %llu\n", (unsigned long long)(hi >> 64), (unsigned long long)hi);
  free(b.d);
  return 0;
}
