// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <string.h>
char s[5];
int main(int argc, char **argv) {
  memcpy(s, "hello", 5);
  printf("%s\n", s); // BUG
  return 0;
}
