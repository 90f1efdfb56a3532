// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
struct Big { long a[6]; };
__attribute__((noinline)) static long pick(struct Big b, int k) {
  return b.a[k]; // BUG
}
int main(int argc, char **argv) {
  struct Big b = {{1, 2, 3, 4, 5, argc}};
  printf("%ld\n", pick(b, atoi(argv[1]) - 2));
  return 0;
}
