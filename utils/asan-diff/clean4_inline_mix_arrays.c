// EXPECT: none
// always_inline helpers with local arrays inlined into loops (their
// lifetimes start and end each iteration inside the caller's frame),
// flatten, and noinline callees taking pointers to the inlined arrays.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static long consume(const int *v, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += v[i] * (i + 1);
  return s;
}

static inline __attribute__((always_inline)) long window(int base, int n) {
  int w[19];
  for (int i = 0; i < 19; i++) w[i] = base + i;
  return consume(w, n < 19 ? n : 19);
}

static inline __attribute__((always_inline)) long twin(int base) {
  char a[33], b[33];
  memset(a, base & 0x7f, sizeof a);
  memcpy(b, a, sizeof b);
  b[32] = 1;
  return a[32] + b[32] + window(base, 7);
}

__attribute__((flatten, noinline)) static long flat_loop(int n) {
  long s = 0;
  for (int i = 0; i < n; i++) {
    s += twin(i);
    if (i % 3 == 0) s += window(i * 2, 19);
  }
  return s;
}

__attribute__((noinline)) static long plain(int n) {
  long s = 0;
  for (int i = 0; i < n; i++) {
    int outer[5] = {i, i + 1, i + 2, i + 3, i + 4};
    s += window(outer[4], 11) + consume(outer, 5);
  }
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long total = 0;
  for (int r = 0; r < n * 20; r++) total += flat_loop(50 + r % 10) + plain(30);
  printf("%ld\n", total);
  return 0;
}
