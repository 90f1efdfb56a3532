// EXPECT: stack-buffer-overflow
#include <stdio.h>
int main(int argc, char **argv) {
  float v[1];
  int n = sscanf(argv[1], "%lf", (double *)v); // BUG
  printf("%d %g\n", n, v[0]);
  return 0;
}
