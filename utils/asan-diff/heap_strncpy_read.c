// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *s = malloc(3); memcpy(s, "abc", 3);
  char d[16];
  strncpy(d, s, 10); // BUG
  printf("%c\n", d[0]); free(s);
  return 0;
}
