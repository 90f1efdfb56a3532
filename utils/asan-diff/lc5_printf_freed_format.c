// EXPECT: heap-use-after-free
// A format string loaded from configuration is freed on reload, then still used by fprintf.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *fmt = strdup("[%s] %d\n");
  const char *use = fmt;
  free(fmt);
  fprintf(stdout, use, argv[2], argc); // BUG
  return 0;
}
