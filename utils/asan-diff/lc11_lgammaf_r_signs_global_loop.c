// EXPECT: global-buffer-overflow
// Precomputes log-gamma values and their signs for a small table of
// arguments; the loop bound uses <= so the last sign is stored one past
// the end of the global signs array.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N 4
static float lg[N + 1];
static int signs[N];

int main(int argc, char **argv) {
  float step = (float)atoi(argv[1]) / 20.0f;
  for (int i = 0; i <= N; i++)
    lg[i] = lgammaf_r(-0.25f - step * (float)i, &signs[i]); // BUG
  for (int i = 0; i < N; i++)
    printf("%g %d\n", lg[i], signs[i]);
  return 0;
}
