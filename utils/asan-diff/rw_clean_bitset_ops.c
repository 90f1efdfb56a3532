// EXPECT: none
// A bitset library (words rounded up, the unused high bits of the last word kept clear) used
// for a sieve and set algebra: union, intersection, complement and a find-next-set scan that
// stops at the last valid bit; sizes are chosen so the last word is used to its bit 63 and
// also only partly.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct bits { uint64_t *w; size_t n, nw; };

static struct bits mk(size_t n) {
  struct bits b = { NULL, n, (n + 63) / 64 };
  b.w = calloc(b.nw ? b.nw : 1, sizeof *b.w);
  return b;
}
static void set(struct bits *b, size_t i) { b->w[i / 64] |= 1ull << (i % 64); }
static int get(const struct bits *b, size_t i) { return (int)(b->w[i / 64] >> (i % 64) & 1); }
static void trim(struct bits *b) { if (b->n % 64) b->w[b->nw - 1] &= (1ull << (b->n % 64)) - 1; }
static void complement(struct bits *b) { for (size_t i = 0; i < b->nw; i++) b->w[i] = ~b->w[i]; trim(b); }
static void and_with(struct bits *a, const struct bits *b) { for (size_t i = 0; i < a->nw; i++) a->w[i] &= b->w[i]; }
static void or_with(struct bits *a, const struct bits *b) { for (size_t i = 0; i < a->nw; i++) a->w[i] |= b->w[i]; }

static size_t count(const struct bits *b) {
  size_t c = 0;
  for (size_t i = 0; i < b->nw; i++) c += (size_t)__builtin_popcountll(b->w[i]);
  return c;
}

static long next_set(const struct bits *b, size_t from) {
  if (from >= b->n) return -1;
  size_t wi = from / 64;
  uint64_t w = b->w[wi] & (~0ull << (from % 64));
  for (;;) {
    if (w) {
      size_t i = wi * 64 + (size_t)__builtin_ctzll(w);
      return i < b->n ? (long)i : -1;
    }
    if (++wi == b->nw) return -1;
    w = b->w[wi];
  }
}

int main(int argc, char **argv) {
  int k = argc > 1 ? atoi(argv[1]) : 10;
  const char *tag = argc > 2 ? argv[2] : "bits";
  size_t sizes[] = { (size_t)k * 64, (size_t)k * 100 + 1, 64, 63, 1 };
  for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
    size_t n = sizes[s];
    struct bits composite = mk(n), odd = mk(n);
    if (n > 0) set(&composite, 0);
    if (n > 1) set(&composite, 1);
    for (size_t p = 2; p * p < n; p++)
      if (!get(&composite, p))
        for (size_t m = p * p; m < n; m += p) set(&composite, m);
    for (size_t i = 1; i < n; i += 2) set(&odd, i);
    struct bits primes = mk(n);
    or_with(&primes, &composite);
    complement(&primes);
    size_t np = count(&primes);
    and_with(&primes, &odd);
    long last = -1;
    for (long i = next_set(&primes, 0); i >= 0; i = next_set(&primes, (size_t)i + 1)) last = i;
    printf("%.4s n=%5zu: %4zu primes, %4zu odd, largest %ld\n", tag, n, np, count(&primes), last);
    free(composite.w);
    free(odd.w);
    free(primes.w);
  }
  return 0;
}
