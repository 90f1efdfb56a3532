// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *p;
  if (posix_memalign((void **)&p, 32, 40)) return 1;
  int k = atoi(argv[1]);
  p[k] = 3; // BUG
  printf("%d\n", p[0]);
  free(p);
  return 0;
}
