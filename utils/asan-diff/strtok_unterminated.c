// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char b[9];
  memcpy(b, argv[2], sizeof b);
  char *t = strtok(b, ",;"); // BUG
  printf("%c\n", t ? t[0] : '-');
  return 0;
}
