// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]) + 3;
  char *p = malloc(n);
  for (int i = 0; i < n; i++) p[i] = (char)i;
  printf("%d\n", p[n]); // BUG
  free(p);
  return 0;
}
