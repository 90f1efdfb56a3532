// EXPECT: none
// The only pointer is kept with its low bit set (ptr|1): an interior pointer one byte into the block, which LSan counts as reachable.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
uintptr_t g_tagged;
__attribute__((noinline)) static void stash(int n) {
  char *p = malloc(n * 7);
  memset(p, 3, n * 7);
  g_tagged = (uintptr_t)p | 1;
}
int main(int argc, char **argv) {
  stash(atoi(argv[1]));
  printf("%d\n", (int)(g_tagged & 1));
  return 0;
}
