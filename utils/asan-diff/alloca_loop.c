// EXPECT: dynamic-stack-buffer-overflow
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long s = 0;
  for (int i = 1; i <= 4; i++) {
    char *b = alloca(n * i);
    b[0] = i;
    if (i == 3) b[n * i] = 7; // BUG
    s += b[0];
  }
  printf("%ld\n", s);
  return 0;
}
