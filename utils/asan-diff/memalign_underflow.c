// EXPECT: heap-buffer-overflow
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *p = memalign(128, 20);
  __asm__ volatile("" : : "r"(p) : "memory");
  int k = atoi(argv[1]) - 11;
  printf("%d\n", p[k]); // BUG
  free(p);
  return 0;
}
