// EXPECT: dynamic-stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <alloca.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char *v = alloca(n);
  v[n + 1] = 1; // BUG
  printf("%d\n", v[0]);
  return 0;
}
