// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
  time_t *t = malloc(sizeof *t);
  free(t);
  time_t r = time(t); // BUG
  printf("%d\n", r > 0);
  return 0;
}
