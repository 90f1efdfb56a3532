// EXPECT: heap-buffer-overflow
// a bitset sizes its word array as nbits/64, dropping the partial last word; the prime sieve built on it marks composites above 64 in a word that was never allocated
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct bitset {
  uint64_t *w;
  size_t nbits, nwords;
};

static int bs_init(struct bitset *b, size_t nbits) {
  b->nbits = nbits;
  b->nwords = nbits / 64;
  if (b->nwords == 0) b->nwords = 1;
  b->w = calloc(b->nwords, sizeof *b->w);
  return b->w ? 0 : -1;
}

static void bs_set(struct bitset *b, size_t i) { b->w[i / 64] |= (uint64_t)1 << (i % 64); } // BUG

static int bs_test(const struct bitset *b, size_t i) { return (int)((b->w[i / 64] >> (i % 64)) & 1); }

static size_t bs_count(const struct bitset *b) {
  size_t c = 0;
  for (size_t i = 0; i < b->nwords; i++) c += (size_t)__builtin_popcountll(b->w[i]);
  return c;
}

static void bs_free(struct bitset *b) { free(b->w); }

/* Marks every composite number below limit. */
static void sieve(struct bitset *composite, size_t limit) {
  bs_set(composite, 0);
  bs_set(composite, 1);
  for (size_t p = 2; p * p < limit; p++) {
    if (bs_test(composite, p)) continue;
    for (size_t m = p * p; m < limit; m += p) bs_set(composite, m);
  }
}

static size_t collect_primes(const struct bitset *composite, size_t limit, unsigned *out, size_t max) {
  size_t k = 0;
  for (size_t i = 2; i < limit && k < max; i++)
    if (!bs_test(composite, i)) out[k++] = (unsigned)i;
  return k;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t limit = (size_t)n * 10;
  struct bitset comp;
  if (bs_init(&comp, limit)) return 1;
  sieve(&comp, limit);
  unsigned primes[64];
  size_t np = collect_primes(&comp, limit, primes, 64);
  printf("%zu primes below %zu, %zu composites marked\n", np, limit, bs_count(&comp));
  /* twin primes and a checksum over the letters at prime positions */
  int twins = 0;
  unsigned sum = 0;
  size_t al = strlen(alpha);
  for (size_t i = 0; i < np; i++) {
    if (i + 1 < np && primes[i + 1] - primes[i] == 2) twins++;
    sum += (unsigned char)alpha[primes[i] % al];
  }
  printf("twins %d checksum %u\n", twins, sum);
  bs_free(&comp);
  return 0;
}
