// EXPECT: stack-use-after-scope
// An array declared in the init clause of a for loop; its address is kept
// in an outer pointer and read after the loop ended.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *keep = NULL;
  int n = atoi(argv[1]);
  long s = 0;
  for (int k[3] = {n, n + 1, n + 2}, i = 0; i < 3; i++) {
    keep = k;
    s += k[i];
  }
  s += keep[2]; // BUG
  printf("%ld %d\n", s, argc);
  return 0;
}
