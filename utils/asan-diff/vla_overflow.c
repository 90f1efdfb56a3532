// EXPECT: dynamic-stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  char v[n];
  for (int i = 0; i < n; i++) v[i] = i;
  printf("%d\n", v[n]); // BUG
  return 0;
}
