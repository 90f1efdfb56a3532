// EXPECT: stack-buffer-overflow
#include <stdio.h>
int main(int argc, char **argv) {
  char out[64];
  short cnt[1];
  sprintf(out, "%s%n", argv[2], (int *)cnt); // BUG
  printf("%d %s\n", cnt[0], out);
  return 0;
}
