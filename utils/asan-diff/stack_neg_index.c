// EXPECT: stack-buffer-underflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int a[8];
  for (int i = 0; i < 8; i++) a[i] = i;
  int k = atoi(argv[1]) - 11;
  a[k] = 5; // BUG
  printf("%d\n", a[0]);
  return 0;
}
