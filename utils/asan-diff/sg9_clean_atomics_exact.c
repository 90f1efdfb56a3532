// EXPECT: none
// FLAGS: -latomic -mcx16
// Every atomic shape used exactly in bounds: C11 RMW on heap counters,
// __sync_* on a global bitmap, 16-byte CAS on a stack pair, a 32-byte
// _Atomic struct through libatomic, atomic_flag locks and _Atomic double.
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct pose { double x, y, z, t; };
static unsigned bits[4];
static atomic_flag locks[4];

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  _Atomic long *c = malloc(n * sizeof *c);
  for (int i = 0; i < n; i++) atomic_init(&c[i], i);
  for (int i = 0; i < n; i++) atomic_fetch_add(&c[i], argc);
  for (int f = 0; f < 4 * 32; f += 5) __sync_fetch_and_or(&bits[f / 32], 1u << (f % 32));
  unsigned __int128 pair[2] = {1, 2};
  unsigned __int128 exp = 2;
  __atomic_compare_exchange_n(&pair[1], &exp, (unsigned __int128)n, 0,
                              __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
  _Atomic struct pose *ring = malloc(3 * sizeof *ring);
  for (int i = 0; i < 3; i++) {
    struct pose p = {i, i, i, n};
    atomic_store(&ring[i], p);
  }
  struct pose last = atomic_load(&ring[2]);
  struct pose repl = {9, 9, 9, 9};
  struct pose prev = atomic_exchange(&ring[0], repl);
  for (int i = 0; i < 4; i++) {
    while (atomic_flag_test_and_set(&locks[i])) ;
    atomic_flag_clear(&locks[i]);
  }
  _Atomic double *d = malloc(2 * sizeof *d);
  atomic_init(&d[0], 0.0);
  atomic_init(&d[1], 0.0);
  for (int i = 0; i < 6; i++) d[i & 1] += argv[2][i] * 0.25;
  printf("%ld %u %d %f %f %f\n", atomic_load(&c[n - 1]), bits[3], (int)pair[1],
         last.t, prev.x, atomic_load(&d[1]));
  free(c);
  free(ring);
  free((void *)d);
  return 0;
}
