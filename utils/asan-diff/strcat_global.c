// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <string.h>
char g[12] = "hello";
int main(int argc, char **argv) {
  strcat(g, argv[2]); // BUG
  puts(g);
  return 0;
}
