// EXPECT: dynamic-stack-buffer-overflow
// alloca in a loop; a checksum loop reads one byte past the last block.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  unsigned sum = 0;
  for (int i = 1; i <= 3; i++) {
    int len = n + i; /* 11, 12, 13 */
    unsigned char *b = alloca(len);
    memset(b, i, len);
    int end = i == 3 ? len + 1 : len;
    for (int j = 0; j < end; j++) sum += b[j]; // BUG
  }
  printf("%u %d\n", sum, argc);
  return 0;
}
