// EXPECT: stack-buffer-overflow
// Reads the CPU affinity a thread attribute would give into a single
// unsigned long ("we never have more than 64 CPUs"), but passes
// sizeof(cpu_set_t) as the set size, so 128 bytes are stored into 8.
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

__attribute__((noinline)) static int first_cpu(pthread_attr_t *attr) {
  unsigned long mask = 0;
  if (pthread_attr_getaffinity_np(attr, sizeof(cpu_set_t), (cpu_set_t *)&mask) != 0) // BUG
    return -1;
  return mask ? __builtin_ctzl(mask) : -1;
}

int main(int argc, char **argv) {
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(argc % 2, &set);
  pthread_attr_setaffinity_np(&attr, sizeof set, &set);
  printf("%d\n", first_cpu(&attr));
  pthread_attr_destroy(&attr);
  return 0;
}
