// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
int main(int argc, char **argv) {
  char *p = malloc(16);
  strcpy(p, "long.txt");
  p[0] = argv[1][0] == '1' ? 'l' : 'x';
  free(p);
  struct stat st;
  int r = stat(p, &st); // BUG
  printf("%d\n", r);
  return 0;
}
