// EXPECT: dynamic-stack-buffer-overflow
// Polyline length over a VLA of points: the loop computes the segment from
// point i to point i + 1 for every i < n, so its last iteration reads
// point n, one struct past the VLA.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

struct pt { float x, y; };

__attribute__((noinline)) static float length(const struct pt *p, int n) {
  float len = 0;
  for (int i = 0; i < n; i++) {
    float dx = p[i + 1].x - p[i].x; // BUG
    float dy = p[i + 1].y - p[i].y;
    len += sqrtf(dx * dx + dy * dy);
  }
  return len;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) + 3; /* 13 points */
  struct pt pts[n];
  for (int i = 0; i < n; i++) {
    pts[i].x = (float)(i * 3);
    pts[i].y = (float)((i * argc) % 5);
  }
  printf("%.2f\n", length(pts, n));
  return 0;
}
