// EXPECT: stack-buffer-overflow
// A single bit-field struct on the stack, its bits read as if it were the
// first of two.
#include <stdio.h>
#include <stdlib.h>
struct Mode { unsigned r : 1, w : 1, x : 1, kind : 5, id : 24; };
__attribute__((noinline)) static unsigned id_of(const struct Mode *m, int i) { return m[i].id; } // BUG
int main(int argc, char **argv) {
  struct Mode m = {1, 0, 1, 3, (unsigned)argc};
  printf("%u %u\n", id_of(&m, 0), id_of(&m, atoi(argv[1]) - 9));
  return 0;
}
