// EXPECT: stack-buffer-overflow
// A local (non-static) const table: at -O0 a stack copy, at -O2 the
// optimizer may read the constant it was initialized from instead.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int m = atoi(argv[1]) + 2; /* 12 */
  int total = 0;
  for (int i = 0; i <= m; i++) total += days[i]; // BUG
  printf("%d %d\n", total, argc);
  return 0;
}
