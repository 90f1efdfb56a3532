// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
char g5[5] = "abcd";
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 5;
  printf("%c\n", g5[k]); // BUG
  return 0;
}
