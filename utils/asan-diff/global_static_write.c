// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
static char name[7];
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 3;
  name[k] = 'x'; // BUG
  printf("%s\n", name);
  return 0;
}
