// EXPECT: stack-buffer-overflow
// Index -1 of a 7-short array that is not the frame's first variable: the
// byte before it is the previous variable's right redzone (at -O2 the
// stack-safety analysis leaves the other two out of the frame, mid is
// alone and both tools say stack-buffer-underflow).
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void use(void *a, void *b, void *c) {
  ((char *)a)[0] = 1; ((char *)b)[0] = 2; ((char *)c)[0] = 3;
}
int main(int argc, char **argv) {
  long first[2];
  short mid[7];
  int last[3];
  use(first, mid, last);
  int k = atoi(argv[1]) - 11;
  mid[k] = (short)argc; // BUG
  printf("%ld %d %d\n", first[0], mid[0], last[0]);
  return 0;
}
