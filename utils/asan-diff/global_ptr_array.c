// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
const char *names[3] = {"one", "two", "three"};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 7;
  printf("%p\n", (void *)names[k]); // BUG
  return 0;
}
