// EXPECT: stack-buffer-overflow
// printf's %Ln (glibc: a long long, as %lln) stores 8 bytes through a pointer to a 4-byte stack int.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int count[1] = {atoi(argv[1])};
  printf("%s%Ln\n", argv[2], (long long *)count); // BUG
  printf("%d\n", count[0]);
  return 0;
}
