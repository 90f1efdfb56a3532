// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  struct drand48_data d;
  srand48_r(atoi(argv[1]), &d);
  int out[1];
  int r = lrand48_r(&d, (long *)out); // BUG
  printf("%d %d\n", r, out[0] >= 0);
  return 0;
}
