// EXPECT: global-buffer-overflow
#include <stdio.h>
char word[5];
int main(int argc, char **argv) {
  int n = sscanf(argv[2], "%5[A-Z]", word); // BUG
  printf("%d %s\n", n, word);
  return 0;
}
