// EXPECT: stack-use-after-scope
// A block-local 2D point list; a getter (inlined at -O2, leaving the
// caller with the local's address plus a constant offset) returns a
// pointer to its last point, which the code after the block reads. The
// read is at a fixed offset inside the dead variable.
#include <stdio.h>
#include <stdlib.h>

struct pt { int x, y; };
struct path { int n; struct pt p[6]; };

static inline const struct pt *last_point(const struct path *pa) { return &pa->p[5]; }

__attribute__((noinline)) static void build(struct path *pa, int seed) {
  pa->n = 6;
  for (int i = 0; i < 6; i++) {
    pa->p[i].x = i * seed;
    pa->p[i].y = i + seed;
  }
}

int main(int argc, char **argv) {
  const struct pt *end;
  {
    struct path pa;
    build(&pa, atoi(argv[1]));
    printf("%d points\n", pa.n);
    end = last_point(&pa);
  }
  int y = end->y; // BUG
  printf("end at y=%d %d\n", y, argc);
  return 0;
}
