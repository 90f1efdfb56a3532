// EXPECT: global-buffer-overflow
// A global aligned to 4096 bytes, overflowed by one element in a loop.
#include <stdio.h>
#include <stdlib.h>
__attribute__((aligned(4096))) unsigned page_tbl[100];
unsigned after_tbl[8];
int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 10 + 1; /* 101 */
  for (int i = 0; i < n; i++) page_tbl[i] = (unsigned)i * argc; // BUG
  after_tbl[argc] = 1;
  printf("%u %u\n", page_tbl[3], after_tbl[3]);
  return 0;
}
