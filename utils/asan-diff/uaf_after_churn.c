// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *p = malloc(64);
  p[3] = argc;
  free(p);
  void *keep[2000];
  for (int i = 0; i < 2000; i++) keep[i] = malloc(64);
  for (int i = 0; i < 2000; i += 2) free(keep[i]);
  for (int i = 0; i < 2000; i += 2) keep[i] = malloc(64);
  printf("%d\n", p[3]); // BUG
  for (int i = 0; i < 2000; i++) free(keep[i]);
  return 0;
}
