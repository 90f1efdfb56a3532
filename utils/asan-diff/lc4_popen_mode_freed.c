// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *mode = malloc(4);
  strcpy(mode, argv[1][0] == '1' ? "r" : "w");
  free(mode);
  FILE *p = popen("echo hi", mode); // BUG
  if (p)
    pclose(p);
  printf("%d\n", p != 0);
  return 0;
}
