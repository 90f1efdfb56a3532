// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wordexp.h>
int main(int argc, char **argv) {
  char *w = malloc(32);
  strcpy(w, "alpha beta");
  w[0] = argv[2][0];
  free(w);
  wordexp_t we;
  int r = wordexp(w, &we, WRDE_NOCMD); // BUG
  printf("%d\n", r);
  if (r == 0)
    wordfree(&we);
  return 0;
}
