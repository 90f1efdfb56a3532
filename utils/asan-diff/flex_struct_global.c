// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
struct S { int n; int data[3]; };
struct S g = {3, {1, 2, 3}};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 7;
  printf("%d\n", g.data[k]); // BUG
  return 0;
}
