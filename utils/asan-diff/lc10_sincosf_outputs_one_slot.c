// EXPECT: stack-buffer-overflow
// Rotates a 2-D point: the sine and cosine go into out[0] and out[1] of
// an array declared with one element, so sincosf stores the cosine past it.
#define _GNU_SOURCE
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static float rotate_x(float x, float y, float angle) {
  float sc[1];
  sincosf(angle, &sc[0], &sc[1]); // BUG
  return x * sc[1] - y * sc[0];
}

int main(int argc, char **argv) {
  float a = (float)atoi(argv[1]) / 10.0f;
  printf("%.3f\n", rotate_x(1.0f, 2.0f, a));
  return 0;
}
