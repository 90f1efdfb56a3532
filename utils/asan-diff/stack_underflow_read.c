// EXPECT: stack-buffer-underflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char buf[32];
  for (int i = 0; i < 32; i++) buf[i] = i;
  int k = atoi(argv[1]) - 11;
  printf("%d\n", buf[k]); // BUG
  return 0;
}
