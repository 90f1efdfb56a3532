// EXPECT: none
// A reachable heap block holds the only pointer to a second block, and that pointer points into the middle of it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct view { long pad; char *mid; long len; };
struct view *g_view;
__attribute__((noinline)) static void make(int n) {
  char *buf = malloc(n * 10);
  memset(buf, 'm', n * 10);
  g_view = malloc(sizeof *g_view);
  g_view->mid = buf + n * 5;
  g_view->len = n;
}
int main(int argc, char **argv) {
  make(atoi(argv[1]));
  printf("%c\n", g_view->mid[0]);
  return 0;
}
