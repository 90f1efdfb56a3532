// EXPECT: stack-use-after-scope
// A GNU statement expression yields the address of an array declared in
// it; the array's scope ends with the statement expression.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int *volatile p = ({
    int tmp[4] = {n, n + 1, n + 2, n + 3};
    tmp;
  });
  printf("%d\n", p[argc]); // BUG
  return 0;
}
