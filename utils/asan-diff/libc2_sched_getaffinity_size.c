// EXPECT: stack-buffer-overflow
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
int main(int argc, char **argv) {
  unsigned long mask[1];
  int r = sched_getaffinity(0, 128, (cpu_set_t *)mask); // BUG
  printf("%d %d\n", r, mask[0] != 0);
  return 0;
}
