// EXPECT: stack-buffer-overflow
#include <stdio.h>
int main(int argc, char **argv) {
  char word[4];
  sscanf("abcdefghij", "%s", word); // BUG
  printf("%c\n", word[0]);
  return 0;
}
