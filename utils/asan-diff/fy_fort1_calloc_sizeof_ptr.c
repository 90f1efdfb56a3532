// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=1
// _FORTIFY_SOURCE=1 (the lighter level some projects pick): an array of
// structs is allocated with calloc(n, sizeof(struct point *)) - the size
// of a pointer, not of the struct - and filled with full structs.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct point { double x, y, z; int id; };

__attribute__((noinline)) static struct point *make_points(int n) {
  struct point *pts = calloc((size_t)n, sizeof(struct point *));
  for (int i = 0; i < n; i++) {
    struct point p = {i * 1.0, i * 2.0, i * 3.0, i};
    memcpy(&pts[i], &p, sizeof p); // BUG
  }
  return pts;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  struct point *pts = make_points(n);
  printf("%.1f %d\n", pts[0].z, argc);
  free(pts);
  return 0;
}
