// EXPECT: negative-size-param
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char buf[64];
  strcpy(buf, argv[2]);
  int start = atoi(argv[1]), end = (int)strlen(argv[2]) / 4;
  memmove(buf, buf + start, end - start); // BUG
  printf("%c\n", buf[0]);
  return 0;
}
