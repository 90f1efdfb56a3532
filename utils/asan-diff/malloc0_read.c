// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *p = malloc(atoi(argv[1]) - 10);
  __asm__ volatile("" : : "r"(p) : "memory");
  printf("%d\n", p[0]); // BUG
  free(p);
  return 0;
}
