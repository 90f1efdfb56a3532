// EXPECT: stack-use-after-scope
#include <stdio.h>
int main(int argc, char **argv) {
  int *p = 0;
  int round = 0;
again:
  {
    int x = argc + round;
    if (round == 0) p = &x;
  }
  if (round++ < 1) goto again;
  printf("%d\n", *p); // BUG
  return 0;
}
