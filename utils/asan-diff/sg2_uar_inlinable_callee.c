// EXPECT: stack-use-after-return
// The callee returning its local's address is small enough to be inlined
// at -O2 (then the local is the caller's, out of scope).
#include <stdio.h>
#include <stdlib.h>
static int *window(int base) {
  int w[4] = {base, base + 1, base + 2, base + 3};
  int *volatile p = w;
  return p;
}
int main(int argc, char **argv) {
  int *w = window(atoi(argv[1]));
  printf("%d\n", w[argc]); // BUG
  return 0;
}
