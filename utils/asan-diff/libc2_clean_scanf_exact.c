// EXPECT: none
// scanf conversions whose widths fill the buffer exactly.
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>
char gset[6];
int main(int argc, char **argv) {
  char s5[5];
  char *c3 = malloc(3);
  wchar_t w[4];
  int n1 = sscanf(argv[2], "%4s", s5);
  int n2 = sscanf(argv[2], "%5[A-Z]", gset);
  int n3 = sscanf(argv[2], "%3c", c3);
  int n4 = sscanf(argv[2], "%3ls", w);
  short sh;
  int n5 = sscanf(argv[1], "%hd", &sh);
  char *dyn = 0;
  int n6 = sscanf(argv[2], "%ms", &dyn);
  printf("%d%d%d%d%d%d %s %s %c %lc %d %s\n", n1, n2, n3, n4, n5, n6, s5, gset, c3[2], (wint_t)w[2], sh, dyn);
  free(dyn);
  free(c3);
  return 0;
}
