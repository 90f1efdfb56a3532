// EXPECT: global-buffer-overflow
// Per-CPU statistics in a global array are bumped with an atomic add; the
// CPU number is not checked against the array size, so the add on a CPU
// numbered like the count hits the slot past the array.
#include <stdio.h>
#include <stdlib.h>

#define NCPU 4
long g_percpu[NCPU];

static void bump(int cpu, long v) {
  __atomic_fetch_add(&g_percpu[cpu], v, __ATOMIC_RELAXED); // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int cpu = 0; cpu < NCPU; cpu++) bump(cpu, n);
  bump(n - 6 + (argc - 3), 1); /* cpu 4 */
  printf("%ld\n", g_percpu[0]);
  return 0;
}
