// EXPECT: stack-buffer-overflow
#include <stdio.h>
int main(int argc, char **argv) {
  char up[6];
  int n = sscanf(argv[2], "%[A-Z]", up); // BUG
  printf("%d %c\n", n, up[0]);
  return 0;
}
