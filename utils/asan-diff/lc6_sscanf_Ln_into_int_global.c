// EXPECT: global-buffer-overflow
// sscanf's %Ln (glibc: a long long) stores 8 bytes through a pointer to a 4-byte global int.
#include <stdio.h>
#include <stdlib.h>
int consumed;
int main(int argc, char **argv) {
  char word[32];
  int r = sscanf(argv[2], "%31s%Ln", word, (long long *)&consumed); // BUG
  printf("%d %d %d\n", r, consumed, atoi(argv[1]));
  return 0;
}
