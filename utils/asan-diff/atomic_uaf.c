// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  long *cnt = malloc(sizeof *cnt);
  *cnt = argc;
  free(cnt);
  long old = __atomic_fetch_add(cnt, 1, __ATOMIC_SEQ_CST); // BUG
  printf("%ld\n", old);
  return 0;
}
