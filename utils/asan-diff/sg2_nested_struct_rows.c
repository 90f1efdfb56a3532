// EXPECT: stack-buffer-overflow
// An array of inner structs inside a stack struct, indexed one row too far.
#include <stdio.h>
#include <stdlib.h>
struct Inner { int v[4]; };
struct Outer { int id; struct Inner rows[3]; };
__attribute__((noinline)) static int first_of(const struct Outer *o, int r) {
  return o->rows[r].v[0]; // BUG
}
int main(int argc, char **argv) {
  struct Outer o;
  o.id = argc;
  for (int r = 0; r < 3; r++)
    for (int c = 0; c < 4; c++) o.rows[r].v[c] = r + c;
  printf("%d\n", first_of(&o, atoi(argv[1]) - 7)); /* 3 */
  return 0;
}
