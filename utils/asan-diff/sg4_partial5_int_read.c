// EXPECT: stack-buffer-overflow
// A 4-byte load at offset 2 of a 5-byte array (bytes 2..5).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char a5[5];
  memcpy(a5, argv[2], 5);
  int off = atoi(argv[1]) - 8; /* 2 */
  int v;
  memcpy(&v, a5 + off, sizeof v); // BUG
  printf("%d %d\n", v, argc);
  return 0;
}
