// EXPECT: heap-buffer-overflow
// Allocates a CPU set for a few CPUs with CPU_ALLOC, but passes
// sizeof(cpu_set_t) (128 bytes) instead of CPU_ALLOC_SIZE as the set's size
// to pthread_getaffinity_np, which stores that many bytes.
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>

static int count_allowed(int ncpus) {
  cpu_set_t *set = CPU_ALLOC(ncpus);
  if (!set)
    return -1;
  CPU_ZERO_S(CPU_ALLOC_SIZE(ncpus), set);
  int r = pthread_getaffinity_np(pthread_self(), sizeof(cpu_set_t), set); // BUG
  int n = r == 0 ? CPU_COUNT_S(CPU_ALLOC_SIZE(ncpus), set) : -1;
  CPU_FREE(set);
  return n;
}

int main(int argc, char **argv) {
  int n = count_allowed(atoi(argv[1]) - 6);
  printf("%d\n", n > 0);
  return 0;
}
