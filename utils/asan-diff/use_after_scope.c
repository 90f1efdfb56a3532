// EXPECT: stack-use-after-scope
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *p;
  {
    int x[4] = {1, 2, 3, 4};
    p = &x[atoi(argv[1]) - 10];
  }
  printf("%d\n", *p); // BUG
  return 0;
}
