// EXPECT: stack-buffer-overflow
// A slot table is reset with an explicitly unrolled loop (unroll_count(8))
// whose trip count comes from a `count + 1` meant to include a sentinel
// slot the table no longer has: the 31st int is written past the 30-slot
// local array. (At -O2 the loop-idiom pass turns the loop into one memset
// of count + 1 ints, pragma or not.)
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void reset(int *slots, int count) {
#pragma clang loop unroll_count(8) vectorize(disable)
  for (int i = 0; i < count + 1; i++)
    slots[i] = -1; // BUG
}

int main(int argc, char **argv) {
  int slots[30];
  int count = atoi(argv[1]) * 3; /* 30 */
  reset(slots, count);
  int used = 0;
  for (int i = 0; i < 30; i++) used += slots[i] != -1;
  printf("%d used %d\n", used, argc);
  return 0;
}
