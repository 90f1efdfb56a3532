// EXPECT: leak
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  size_t tot = 0;
  for (int i = 0; i < 7; i++) {
    char *d = strdup(argv[2] + i);
    tot += strlen(d);
  }
  printf("%zu\n", tot);
  return 0;
}
