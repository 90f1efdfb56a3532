// EXPECT: global-buffer-overflow
// A 12-byte global int array read as longs: the second long (constant
// offset 8..15) runs 4 bytes past it.
#include <stdio.h>
#include <stdlib.h>
int trio[3] = {1, 2, 3};
int other[8] = {4};
int main(int argc, char **argv) {
  trio[argc % 3] += atoi(argv[1]);
  other[argc] = 1;
  long *l = (long *)trio;
  printf("%ld %d\n", l[1], other[0]); // BUG
  return 0;
}
