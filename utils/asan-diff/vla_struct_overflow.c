// EXPECT: dynamic-stack-buffer-overflow
// A VLA of 12-byte structs sized from argv: a field of element n is written.
#include <stdio.h>
#include <stdlib.h>
struct P { int x, y; float w; };
__attribute__((noinline)) static float run(int n) {
  struct P pts[n];
  for (int i = 0; i < n; i++) { pts[i].x = i; pts[i].y = -i; pts[i].w = 0.5f; }
  struct P *volatile q = pts;
  q[n].w = 2.0f; // BUG
  return q[n - 1].w + pts[0].x;
}
int main(int argc, char **argv) {
  printf("%f\n", run(atoi(argv[1])));
  return 0;
}
