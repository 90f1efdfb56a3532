// EXPECT: global-buffer-overflow
// A lock-free slot claim loop does compare-and-swap on a global array of
// owner words; the loop bound is one too large, so when all slots are
// taken it does a CAS on the word past the array.
#include <stdio.h>
#include <stdlib.h>

#define NSLOT 6
int g_owner[NSLOT];

static int claim(int me, int bound) {
  for (int i = 0; i <= bound; i++) {
    int expected = 0;
    if (__atomic_compare_exchange_n(&g_owner[i], &expected, me, 0, // BUG
                                    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
      return i;
  }
  return -1;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int last = 0;
  for (int k = 0; k < n - 3; k++) last = claim(k + 1, NSLOT + (argc - 3));
  printf("%d\n", last);
  return 0;
}
