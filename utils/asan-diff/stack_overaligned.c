// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  _Alignas(64) int v[3] = {argc, argc, argc};
  int k = atoi(argv[1]) - 7;
  v[k] = 4; // BUG
  printf("%d\n", v[0]);
  return 0;
}
