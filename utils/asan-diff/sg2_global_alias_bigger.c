// EXPECT: global-buffer-overflow
// An alias declared with a larger type than the array it names; a constant
// index within the alias's type but past the real array.
#include <stdio.h>
#include <stdlib.h>
int real_tbl[4] = {1, 2, 3, 4};
extern int alias_tbl[8] __attribute__((alias("real_tbl")));
int other_tbl[8] = {9};
int main(int argc, char **argv) {
  real_tbl[argc % 4] = atoi(argv[1]);
  other_tbl[argc] = 2;
  printf("%d %d\n", alias_tbl[5], other_tbl[0]); // BUG
  return 0;
}
