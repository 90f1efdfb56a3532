// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <strings.h>
char g[5] = "abcde";
int main(int argc, char **argv) {
  int r = strcasecmp(g, argv[2]); // BUG
  printf("%d\n", r);
  return 0;
}
