// EXPECT: global-buffer-overflow
// A global byte ring is cleared from the read position with bzero for the
// number of consumed bytes, without splitting at the wrap point.
#include <stdio.h>
#include <stdlib.h>
#include <strings.h>

static char ring[32];

__attribute__((noinline)) static void consume(int pos, int len) {
  bzero(ring + pos, len); // BUG
}

int main(int argc, char **argv) {
  for (int i = 0; i < 32; i++) ring[i] = argv[2][i % 26];
  consume(atoi(argv[1]) + 14, 12);    /* 24..35 */
  printf("%c %d\n", ring[0], argc);
  return 0;
}
