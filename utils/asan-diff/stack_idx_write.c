// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int a[10];
  for (int i = 0; i < 10; i++) a[i] = i;
  int k = atoi(argv[1]);
  a[k] = 5; // BUG
  printf("%d\n", a[3]);
  return 0;
}
