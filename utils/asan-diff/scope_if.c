// EXPECT: stack-use-after-scope
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  long *volatile p = 0;
  if (atoi(argv[1]) > 5) {
    long x = argc * 3;
    p = &x;
  }
  *p += 1; // BUG
  printf("%ld\n", *p);
  return 0;
}
