// EXPECT: global-buffer-overflow
// An extern array of unknown bound, defined later in the same file.
#include <stdio.h>
#include <stdlib.h>
extern unsigned short counts[];
__attribute__((noinline)) static void bump(int i) { counts[i]++; } // BUG
int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 4; /* 6 */
  for (int i = 0; i <= n; i++) bump(i);
  printf("%d\n", counts[2] + argc);
  return 0;
}
unsigned short counts[6];
