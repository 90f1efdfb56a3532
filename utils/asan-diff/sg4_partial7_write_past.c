// EXPECT: stack-buffer-overflow
// Three locals of 3, 5 and 7 bytes; the 7-byte one gets a 2-byte store at
// offset 6, whose second byte is past the end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void sink(char *a, char *b, char *c) { printf("%c%c%c\n", a[0], b[0], c[0]); }
int main(int argc, char **argv) {
  char a3[3], a5[5], a7[7];
  memcpy(a3, argv[2], 3); memcpy(a5, argv[2], 5); memcpy(a7, argv[2], 7);
  int off = atoi(argv[1]) - 4; /* 6 */
  unsigned short v = (unsigned short)argc;
  memcpy(a7 + off, &v, 2); // BUG
  sink(a3, a5, a7);
  return 0;
}
