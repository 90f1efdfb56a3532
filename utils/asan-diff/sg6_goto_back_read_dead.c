// EXPECT: stack-use-after-scope
// A loop made with goto: at the top it reads through a pointer to a
// block-local of the previous pass, before the block is entered again.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int *p = NULL;
  long sum = 0;
  int i = 0;
again:
  if (p)
    sum += *p; // BUG
  {
    int x = n + i;
    p = &x;
    sum += *p;
  }
  if (++i < 3)
    goto again;
  printf("%ld %d\n", sum, argc);
  return 0;
}
