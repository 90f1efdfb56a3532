// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *p = malloc(100);
  memset(p, 'a', 100);
  __asm__ volatile("" : : "r"(p) : "memory");
  char *q = realloc(p, 50 + atoi(argv[1]));
  printf("%c %c\n", p[5], q[1]); // BUG
  free(q);
  return 0;
}
