// EXPECT: allocation-size-too-big
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  size_t n = (size_t)-1 - atoi(argv[1]);
  void *p = malloc(n); // BUG
  printf("%p\n", p);
  free(p);
  return 0;
}
