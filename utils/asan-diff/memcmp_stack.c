// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char a[8] = "abcdefg", b[8] = "abcdefg";
  printf("%d\n", memcmp(a, b, 9)); // BUG
  return 0;
}
