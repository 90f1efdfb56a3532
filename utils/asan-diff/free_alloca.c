// EXPECT: bad-free
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *p = alloca(atoi(argv[1]) * 4);
  p[0] = 1;
  printf("%d\n", p[0]);
  free(p); // BUG
  return 0;
}
