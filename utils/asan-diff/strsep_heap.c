// EXPECT: heap-buffer-overflow
// ASan checks nothing on strsep here and misses this; memscope is expected to report it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *p = malloc(12);
  memcpy(p, argv[2], 12);
  char *s = p;
  char *t = strsep(&s, ","); // BUG
  printf("%c %p\n", t[0], (void *)s);
  free(p);
  return 0;
}
