// EXPECT: none
// Copies ASan does not flag: same source and destination for memcpy, adjacent ranges, zero sizes, memmove overlap.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[64];
  strcpy(b, argv[2]);
  int n = atoi(argv[1]);
  memcpy(b, b, n);
  memcpy(b + n, b, n);
  memcpy(b + 20, b + 20, 0);
  memmove(b + 1, b, n);
  strncpy(b + 32, b, 0);
  char c[16];
  strcpy(c, "abc");
  strncat(c, c + 1, 0);
  printf("%.26s %s\n", b, c);
  return 0;
}
