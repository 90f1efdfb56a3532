// EXPECT: stack-buffer-overflow
// A local table of 4 fixed-width (8-byte) names; the last row receives an
// 8-character name with strcpy, whose terminating NUL lands one byte past
// the whole 2-D array.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void set_name(char (*names)[8], int row, const char *s) {
  strcpy(names[row], s); // BUG
}
__attribute__((noinline)) static int count_set(char (*names)[8]) {
  int c = 0;
  for (int i = 0; i < 4; i++) c += names[i][0] != 0;
  return c;
}
int main(int argc, char **argv) {
  char names[4][8];
  memset(names, 0, sizeof names);
  int row = atoi(argv[1]) - 7;  /* 3: the last row */
  set_name(names, 0, "eth0");
  set_name(names, row, argv[2] + 18);  /* "STUVWXYZ": 8 chars */
  printf("%d %d\n", count_set(names), argc);
  return 0;
}
