// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int slots[4];
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 6;
  int expected = 0;
  int ok = __atomic_compare_exchange_n(&slots[k], &expected, argc, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST); // BUG
  printf("%d\n", ok);
  return 0;
}
