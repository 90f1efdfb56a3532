// EXPECT: heap-use-after-free
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *p = strdup(argc > 1 ? "/usr/lib/x" : "/a/b");
  free(p);
  char *d = dirname(p); // BUG
  printf("%d\n", d != 0);
  return 0;
}
