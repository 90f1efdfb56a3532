// EXPECT: none
// realloc(p, 0) frees p and, in glibc (and ASan), returns NULL; the program keeps the result and never frees it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char *g_keep;
int main(int argc, char **argv) {
  char *p = malloc(atoi(argv[1]) * 2);
  memset(p, 0, 2);
  g_keep = realloc(p, 0);
  printf("%s\n", g_keep ? "block" : "null");
  g_keep = 0;
  return 0;
}
