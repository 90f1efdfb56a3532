// EXPECT: global-buffer-overflow
// An 8-byte const global (two shorts) read at index 2.
#include <stdio.h>
#include <stdlib.h>
const short pair[4] = {7, 9, 11, 13};
const short duo[2] = {3, 5};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 8; /* 2 */
  printf("%d %d\n", duo[k], pair[argc]); // BUG
  return 0;
}
