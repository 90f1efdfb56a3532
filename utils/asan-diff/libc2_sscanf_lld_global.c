// EXPECT: global-buffer-overflow
#include <stdio.h>
int counts[1];
int main(int argc, char **argv) {
  int n = sscanf(argv[1], "%lld", (long long *)counts); // BUG
  printf("%d %d\n", n, counts[0]);
  return 0;
}
