// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  short v[6] = {1, 2, 3, 4, 5, (short)argc};
  short *p = v;
  long s = 0;
  for (int i = 0; i < atoi(argv[1]) - 3; i++)
    s += *p++; // BUG
  printf("%ld\n", s);
  return 0;
}
