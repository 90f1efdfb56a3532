// EXPECT: global-buffer-overflow
// A library exports its table under a second name with
// __attribute__((alias)); a caller using the alias writes one element past
// the table.
#include <stdio.h>
#include <stdlib.h>

int impl_levels[5] = {0, 1, 2, 3, 4};
extern int public_levels[5] __attribute__((alias("impl_levels")));

static void set_level(int i, int v) {
  public_levels[i] = v; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int i = 0; i <= n / 2 + (argc - 3); i++) /* 0..5 */
    set_level(i, n * i);
  printf("%d\n", impl_levels[4]);
  return 0;
}
