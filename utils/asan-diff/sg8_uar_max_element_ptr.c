// EXPECT: stack-use-after-return
// A helper loads the day's temperatures into a local array, finds the
// hottest with a (vectorizable) scan, and returns a pointer to that
// element instead of its value. The caller dereferences it after the
// helper's frame is gone.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static const float *hottest(int seed) {
  float temps[24];
  for (int h = 0; h < 24; h++)
    temps[h] = 12.0f + (float)((h * 7 + seed) % 13);
  int best = 0;
  for (int h = 1; h < 24; h++)
    if (temps[h] > temps[best]) best = h;
  return &temps[best];
}

int main(int argc, char **argv) {
  const float *t = hottest(atoi(argv[1]) + argc);
  float v = *t; // BUG
  printf("max %.1f\n", v);
  return 0;
}
