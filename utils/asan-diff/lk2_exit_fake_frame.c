// EXPECT: none
// main keeps its blocks in an address-taken local array (a fake-stack frame under ASan's use-after-return mode) and calls a function that exit()s; main's frame is suspended, so they are not lost.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void fill(char **slots, int k, int n) {
  for (int i = 0; i < k; i++) { slots[i] = malloc(n * (i + 1)); memset(slots[i], 'f', n * (i + 1)); }
}
__attribute__((noinline)) static void finish(int code) {
  fflush(stdout);
  exit(code);
}
int main(int argc, char **argv) {
  char *slots[3];
  fill(slots, 3, atoi(argv[1]));
  printf("%c\n", slots[2][0]);
  finish(0);
  for (int i = 0; i < 3; i++) free(slots[i]);
  return 1;
}
