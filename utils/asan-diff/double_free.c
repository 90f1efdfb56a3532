// EXPECT: double-free
#include <stdlib.h>
#include <stdio.h>
int main(int argc, char **argv) {
  char *p = malloc(10);
  free(p);
  free(p); // BUG
  return 0;
}
