// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <string.h>
char hay[6] = {'a','b','c','d','e','f'};
int main(int argc, char **argv) {
  char *p = strstr(hay, "zz"); // BUG
  printf("%p\n", (void *)p);
  return 0;
}
