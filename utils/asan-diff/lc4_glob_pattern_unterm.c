// EXPECT: global-buffer-overflow
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
char gpat[8] = {'/', 'e', 't', 'c', '/', 'h', 'o', 's'};
int main(int argc, char **argv) {
  glob_t g;
  int r = glob(gpat + (argc - 3), 0, 0, &g); // BUG
  printf("%d %zu\n", r, r == 0 ? g.gl_pathc : 0);
  if (r == 0)
    globfree(&g);
  return 0;
}
