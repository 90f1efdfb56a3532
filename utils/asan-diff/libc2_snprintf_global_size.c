// EXPECT: global-buffer-overflow
#include <stdio.h>
char small[8];
char big[64];
int main(int argc, char **argv) {
  int n = snprintf(small, sizeof big, "%s", argv[2]); // BUG
  printf("%d %s\n", n, big);
  return 0;
}
