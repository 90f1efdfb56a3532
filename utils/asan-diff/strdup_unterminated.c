// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char s[5];
  memset(s, 'y', 5);
  char *d = strdup(s); // BUG
  printf("%c\n", d[0]);
  free(d);
  return 0;
}
