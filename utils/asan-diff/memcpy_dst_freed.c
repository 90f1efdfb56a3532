// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *d = malloc(40);
  __asm__ volatile("" : : "r"(d) : "memory");
  free(d);
  memcpy(d, argv[2], atoi(argv[1])); // BUG
  printf("done\n");
  return 0;
}
