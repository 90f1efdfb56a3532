// EXPECT: leak
// main keeps two blocks only in an address-taken local array (a fake-stack frame under ASan's use-after-return mode) and returns without freeing them.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void fill(char **slots, int n) {
  slots[0] = malloc(n * 28); // BUG
  slots[1] = malloc(n * 29); // BUG
  memset(slots[0], 'a', n * 28);
  memset(slots[1], 'b', n * 29);
}
int main(int argc, char **argv) {
  char *slots[2];
  fill(slots, atoi(argv[1]));
  printf("%c%c\n", slots[0][0], slots[1][0]);
  return 0;
}
