// EXPECT: global-buffer-overflow
#include <stdio.h>
char g[10] = "abcdefghi";
int main(int argc, char **argv) {
  FILE *f = fopen("/dev/null", "w");
  fwrite(g, 1, 16, f); // BUG
  fclose(f);
  return 0;
}
