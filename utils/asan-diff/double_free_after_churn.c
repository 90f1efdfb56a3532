// EXPECT: double-free
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *p = malloc(48);
  p[0] = (char)argc;
  __asm__ volatile("" : : "r"(p) : "memory");
  free(p);
  void *keep[500];
  for (int i = 0; i < 500; i++) keep[i] = malloc(48);
  for (int i = 0; i < 500; i++) free(keep[i]);
  free(p); // BUG
  printf("done\n");
  return 0;
}
