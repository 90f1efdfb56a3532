// EXPECT: detected
#include <stdio.h>
#include <stdlib.h>
void *keep;
int main(int argc, char **argv) {
  void *p = malloc(33);
  p = 0;
  keep = malloc(10);
  printf("%p\n", p);
  return 0;
}
