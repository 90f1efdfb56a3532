// EXPECT: heap-buffer-overflow
// FLAGS: -latomic
// Snapshots of a 32-byte _Atomic struct (too big for a lock-free
// instruction, so clang calls libatomic's __atomic_load with a pointer)
// are kept in a heap ring; the reader indexes with count instead of
// count - 1 and loads the slot past the block.
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct pose { double x, y, z, t; };

int main(int argc, char **argv) {
  int n = atoi(argv[1]) / 2;           /* 5 */
  _Atomic struct pose *ring = malloc(n * sizeof *ring);
  for (int i = 0; i < n; i++) {
    struct pose p = {i, i * 2.0, i * 3.0, argc};
    atomic_store(&ring[i], p);
  }
  struct pose last = atomic_load(&ring[n]); // BUG
  printf("%f %f\n", last.x, last.t);
  free(ring);
  return 0;
}
