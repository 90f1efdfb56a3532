// EXPECT: heap-buffer-overflow
// Process CPU times read into a heap block sized for two clock_t fields instead of the four of struct tms.
#include <stdio.h>
#include <stdlib.h>
#include <sys/times.h>
struct cpu_sample {
  clock_t user, sys;
};
int main(int argc, char **argv) {
  struct cpu_sample *s = malloc(sizeof *s);
  volatile long spin = 0;
  for (int i = 0; i < atoi(argv[1]) * 1000; i++)
    spin += i;
  clock_t now = times((struct tms *)s); // BUG
  printf("%ld %ld %ld\n", (long)now, (long)s->user, (long)s->sys);
  free(s);
  return 0;
}
