// EXPECT: stack-buffer-overflow
// A callee reached through a function-pointer table writes past the
// caller's local array.
#include <stdio.h>
#include <stdlib.h>
typedef void (*filler)(unsigned *, int);
static void squares(unsigned *v, int n) { for (int i = 0; i <= n; i++) v[i] = (unsigned)(i * i); } // BUG
static void ones(unsigned *v, int n) { for (int i = 0; i < n; i++) v[i] = 1; }
static filler table[2] = {ones, squares};
int main(int argc, char **argv) {
  unsigned v[12];
  int which = atoi(argv[1]) - 9; /* 1 */
  filler f = table[which];
  f(v, 12);
  printf("%u\n", v[5]);
  return 0;
}
