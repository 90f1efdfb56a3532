// EXPECT: stack-buffer-overflow
// FLAGS: -mcx16
// A lock-free stack head is a (pointer, tag) pair updated with a 16-byte
// compare-and-swap (__int128, cmpxchg16b); the array of heads is indexed
// with the shard count instead of the last shard.
#include <stdio.h>
#include <stdlib.h>

typedef unsigned __int128 u128;

__attribute__((noinline)) static int bump(u128 *heads, int shard) {
  u128 old = heads[0];
  u128 want = old + 1;
  return __atomic_compare_exchange_n(&heads[shard], &old, want, 0, // BUG
                                     __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
}

int main(int argc, char **argv) {
  u128 heads[3] = {1, 2, 3};
  int shards = atoi(argv[1]) - 7;      /* 3 */
  int ok = bump(heads, shards);
  printf("%d %d\n", ok, (int)heads[1] + argc);
  return 0;
}
