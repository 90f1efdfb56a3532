// EXPECT: global-buffer-overflow
// A global union of a 10-byte char array and an int pair (12 bytes): the
// char view is written at index 12.
#include <stdio.h>
#include <stdlib.h>
union Reg { char bytes[10]; int words[2]; };
union Reg reg;
int main(int argc, char **argv) {
  int k = atoi(argv[1]) + 2; /* 12 == sizeof reg */
  reg.words[0] = argc;
  reg.bytes[k] = 1; // BUG
  printf("%d\n", reg.words[0]);
  return 0;
}
