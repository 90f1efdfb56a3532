// EXPECT: global-buffer-overflow
// A striped lock table of atomic_flag spinlocks; the stripe for a key is
// hash & 8 (a typo for & 7), so key hashes with bit 3 set pick stripe 8,
// one past the 8-flag table, and atomic_flag_test_and_set writes it.
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

static atomic_flag stripes[8] = {ATOMIC_FLAG_INIT, ATOMIC_FLAG_INIT,
                                 ATOMIC_FLAG_INIT, ATOMIC_FLAG_INIT,
                                 ATOMIC_FLAG_INIT, ATOMIC_FLAG_INIT,
                                 ATOMIC_FLAG_INIT, ATOMIC_FLAG_INIT};
static int table[8];

__attribute__((noinline)) static void locked_add(unsigned h, int v) {
  unsigned s = h & 8;
  while (atomic_flag_test_and_set_explicit(&stripes[s], memory_order_acquire)) // BUG
    ;
  table[s & 7] += v;
  atomic_flag_clear_explicit(&stripes[s], memory_order_release);
}

int main(int argc, char **argv) {
  locked_add(3, 1);
  locked_add((unsigned)atoi(argv[1]), argc); /* 10 & 8 == 8 */
  printf("%d\n", table[0] + table[3]);
  return 0;
}
