// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char s[6];
  memset(s, 'x', 6);
  printf("%zu\n", strlen(s)); // BUG
  return 0;
}
