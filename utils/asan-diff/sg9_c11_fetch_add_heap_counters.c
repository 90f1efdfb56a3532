// EXPECT: heap-buffer-overflow
// Per-bucket hit counters are _Atomic long in a heap array; the bucket index
// is taken modulo (n + 1) instead of n, so bucket n is one past the block
// and atomic_fetch_add (an atomicrmw add) lands in the redzone.
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

static _Atomic long *make_counters(int n) {
  _Atomic long *c = malloc(n * sizeof *c);
  for (int i = 0; i < n; i++) atomic_init(&c[i], 0);
  return c;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);              /* 10 buckets */
  _Atomic long *hits = make_counters(n);
  const char *keys = argv[2];
  for (int i = 0; keys[i]; i++) {
    int b = (keys[i] * 7) % (n + 1);   /* should be % n */
    atomic_fetch_add_explicit(&hits[b], 1, memory_order_relaxed); // BUG
  }
  long total = 0;
  for (int i = 0; i < n; i++) total += atomic_load(&hits[i]);
  printf("%ld\n", total);
  free(hits);
  return 0;
}
