// EXPECT: stack-buffer-overflow
// An atomic fetch-add on a local counter array, one slot past its end.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void hit(long *c, int i) { __atomic_fetch_add(&c[i], 1, __ATOMIC_SEQ_CST); } // BUG
int main(int argc, char **argv) {
  long counters[6] = {0};
  int n = atoi(argv[1]) - 3; /* 7 */
  for (int i = 0; i < n; i++) hit(counters, i);
  printf("%ld %d\n", counters[2], argc);
  return 0;
}
