// EXPECT: bad-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *p = malloc(32);
  p[0] = 1;
  __asm__ volatile("" : : "r"(p) : "memory");
  printf("%d\n", p[0]);
  free(p + atoi(argv[1])); // BUG
  return 0;
}
