// EXPECT: heap-buffer-overflow
// A bitset (64-bit words) used for a sieve of Eratosthenes and a twin-prime count. The word
// count is computed as nbits / 64, rounding down, so for a size that is not a multiple of 64
// the last bits fall in a word that was never allocated.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct bitset {
  uint64_t *w;
  size_t nbits, nwords;
};

static struct bitset bs_new(size_t nbits) {
  struct bitset b;
  b.nbits = nbits;
  b.nwords = nbits / 64;
  b.w = calloc(b.nwords ? b.nwords : 1, sizeof *b.w);
  return b;
}

static void bs_set(struct bitset *b, size_t i) { b->w[i >> 6] |= (uint64_t)1 << (i & 63); } // BUG
static int bs_test(const struct bitset *b, size_t i) { return (int)(b->w[i >> 6] >> (i & 63) & 1); }

static size_t bs_count(const struct bitset *b) {
  size_t n = 0;
  for (size_t i = 0; i < b->nwords; i++) n += (size_t)__builtin_popcountll(b->w[i]);
  return n;
}

/* composite[i] set for every composite i < n */
static struct bitset sieve(size_t n) {
  struct bitset c = bs_new(n);
  bs_set(&c, 0);
  bs_set(&c, 1);
  for (size_t p = 2; p * p < n; p++) {
    if (bs_test(&c, p)) continue;
    for (size_t m = p * p; m < n; m += p) bs_set(&c, m);
  }
  return c;
}

int main(int argc, char **argv) {
  size_t n = (size_t)(argc > 1 ? atoi(argv[1]) : 10) * 100;
  const char *tag = argc > 2 ? argv[2] : "primes";
  struct bitset c = sieve(n);
  size_t primes = 0, twins = 0, last = 0;
  for (size_t i = 2; i < n; i++) {
    if (bs_test(&c, i)) continue;
    primes++;
    if (last && i - last == 2) twins++;
    last = i;
  }
  printf("%.6s below %zu: %zu (%zu twin pairs), largest %zu, %zu composites marked\n", tag, n, primes, twins,
         last, bs_count(&c));
  free(c.w);
  return 0;
}
