// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <string.h>
char g[10];
int main(int argc, char **argv) {
  memcpy(g, argv[2], sizeof g);
  char *q = strpbrk(g, "0123"); // BUG
  printf("%p\n", (void *)q);
  return 0;
}
