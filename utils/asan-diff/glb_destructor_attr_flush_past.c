// EXPECT: global-buffer-overflow
// A __attribute__((destructor(101))) function flushes statistics into a
// global summary after main has returned; it copies one counter more than
// the summary holds.
#include <stdio.h>
#include <stdlib.h>

int g_summary[4];
static int g_stats[5];
static volatile int g_nstats = 5;

__attribute__((destructor(101))) static void flush_stats(void) {
  for (int i = 0; i < g_nstats; i++)
    g_summary[i] = g_stats[i]; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int i = 0; i < 5; i++) g_stats[i] = n * i + argc;
  printf("%d\n", g_stats[4]);
  return 0;
}
