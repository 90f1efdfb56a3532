// EXPECT: none
// FLAGS: -latomic
// _Atomic structs of 24 and 40 bytes (libatomic calls) in stack, heap and
// global arrays, accessed at their first and last element with load,
// store, exchange and compare-exchange; __atomic_* generic builtins on a
// 48-byte plain struct through pointers.
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct span { long start, len, tag; };
struct config { long version; long limits[3]; char name[8]; };
struct big { long v[6]; };
static _Atomic struct config global_cfg[2];

int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 6;           /* 4 */
  _Atomic struct span spans[4];
  for (int i = 0; i < n; i++) {
    struct span s = {i, argc, 7};
    atomic_store(&spans[i], s);
  }
  _Atomic struct config *heap = malloc(n * sizeof *heap);
  struct config c = {1, {1, 2, 3}, "cfg"};
  for (int i = 0; i < n; i++) atomic_store(&heap[i], c);
  struct config seen = atomic_load(&heap[n - 1]);
  struct config next = seen;
  next.version = 2;
  int ok = atomic_compare_exchange_strong(&heap[n - 1], &seen, next);
  struct config old = atomic_exchange(&global_cfg[1], next);
  struct big a = {{1, 2, 3, 4, 5, 6}}, b, out;
  __atomic_store(&b, &a, __ATOMIC_SEQ_CST);
  __atomic_load(&b, &out, __ATOMIC_SEQ_CST);
  __atomic_exchange(&b, &a, &out, __ATOMIC_SEQ_CST);
  struct span last = atomic_load(&spans[n - 1]);
  printf("%d %ld %ld %ld %ld\n", ok, old.version, out.v[5], last.start,
         atomic_load(&global_cfg[1]).version);
  free(heap);
  return 0;
}
