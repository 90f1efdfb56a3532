// EXPECT: global-buffer-overflow
// A global array of 9 _Bool flags is cleared with a 1-based loop.
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
bool seen[9];
int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 1; /* 9 */
  seen[argc] = true;
  for (int i = 1; i <= n; i++) seen[i] = false; // BUG
  printf("%d\n", seen[0]);
  return 0;
}
