// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  const char *s = "hello";
  int k = atoi(argv[1]) - 3;
  printf("%d\n", s[k]); // BUG
  return 0;
}
