// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <string.h>
char g[6];
int main(int argc, char **argv) {
  strncpy(g, "abc", 10); // BUG
  puts(g);
  return 0;
}
