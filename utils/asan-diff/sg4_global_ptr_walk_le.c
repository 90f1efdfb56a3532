// EXPECT: global-buffer-overflow
// A sum over a global array walks a pointer while it is <= the array's end.
#include <stdio.h>
#include <stdlib.h>
long samples[5] = {3, 1, 4, 1, 5};
__attribute__((noinline)) static long total(const long *b, const long *e) {
  long s = 0;
  for (const long *p = b; p <= e; p++) s += *p; // BUG
  return s;
}
int main(int argc, char **argv) {
  samples[0] = atoi(argv[1]);
  printf("%ld %d\n", total(samples, samples + 5), argc);
  return 0;
}
