// EXPECT: global-buffer-overflow
// A fill loop with <= runs from one global array into the redzone before
// the next global defined right after it in the same file.
#include <stdio.h>
#include <stdlib.h>
int first[6];
int second[6] = {1, 2, 3, 4, 5, 6};
int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 4; /* 6 */
  for (int i = 0; i <= n; i++) first[i] = i * argc; // BUG
  printf("%d %d\n", first[5], second[0]);
  return 0;
}
