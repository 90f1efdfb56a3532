// EXPECT: stack-use-after-return
// A use after return of a local in a 40 KiB frame (within the fake stack's
// largest frame class).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static int *table(int n) {
  int t[10000];
  for (int i = 0; i < 10000; i++) t[i] = i * n;
  int *volatile p = t;
  return p;
}
int main(int argc, char **argv) {
  int *t = table(atoi(argv[1]));
  printf("%d\n", t[9999 - argc]); // BUG
  return 0;
}
