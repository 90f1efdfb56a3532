// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  double la[2];
  int n = getloadavg(la, atoi(argv[1]) - 7); // BUG
  printf("%d %d\n", n, la[0] >= 0);
  return 0;
}
