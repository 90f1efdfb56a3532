// EXPECT: stack-use-after-scope
// The condition of a do-while is outside the body's scope; it reads a
// body-local through a pointer that the body set.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int *last;
  long total = 0;
  do {
    int step[2] = {n, n / 2};
    total += step[0];
    last = &step[1];
    n -= 3;
  } while (*last > 2); // BUG
  printf("%ld %d\n", total, argc);
  return 0;
}
