// EXPECT: global-buffer-overflow
// A smoothing filter reads the previous sample of a global series; for
// the first sample it reads series[-1] (the boundary case is missing).
#include <stdio.h>
#include <stdlib.h>

struct stats { long n; double mean; };
struct stats g_stats = {0, 0.0};
float g_series[16];

static float smooth(int i) {
  return (g_series[i - 1] + g_series[i]) * 0.5f; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int i = 0; i < 16; i++) g_series[i] = (float)(i * n);
  volatile int first = argc - 3;
  float s = 0;
  for (int i = first; i < 16; i++) s += smooth(i);
  g_stats.n = 16;
  printf("%f %ld\n", s, g_stats.n);
  return 0;
}
