// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  _Alignas(64) char b[40];
  for (int i = 0; i < 40; i++) b[i] = i;
  int k = atoi(argv[1]) + 30;
  printf("%d\n", b[k]); // BUG
  return 0;
}
