// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char s[4];
  memcpy(s, "abcd", 4);
  puts(s); // BUG
  return 0;
}
