// EXPECT: global-buffer-overflow
// An array is declared `extern const int primes[];` (incomplete, as in a
// header) and the sieve check loops with a hard-coded bound of 8 while the
// definition further down has 7 entries.
#include <stdio.h>
#include <stdlib.h>

extern const int primes[];
static volatile int nprimes_assumed = 8; /* the header's count */

static int small_factor(int n) {
  for (int i = 0; i < nprimes_assumed; i++)
    if (n % primes[i] == 0) // BUG
      return primes[i];
  return 0;
}

const int primes[] = {2, 3, 5, 7, 11, 13, 17};

int main(int argc, char **argv) {
  int n = atoi(argv[1]) * 37 + (argc - 3); /* 370 = 2*5*37 */
  int m = 19 * 23 * (atoi(argv[1]) / 10);               /* no small factor */
  printf("%d %d\n", small_factor(n), small_factor(m));
  return 0;
}
