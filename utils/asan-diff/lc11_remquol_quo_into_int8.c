// EXPECT: stack-buffer-overflow
// Reduces an angle to an octant with remquol; the caller only wants the
// low three bits of the quotient and keeps it in an int8_t, casting its
// address to int *: remquol stores a whole int.
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static long double reduce(long double angle, int *oct_out) {
  int8_t octant;
  long double r = remquol(angle, 0.78539816339744830962L, (int *)&octant); // BUG
  *oct_out = octant & 7;
  return r;
}

int main(int argc, char **argv) {
  int oct;
  long double r = reduce((long double)atoi(argv[1]) * 0.3L, &oct);
  printf("%Lg %d\n", r, oct);
  return 0;
}
