// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char s[8] = "abcdefg";
  void *p = memchr(s, 'z', 12); // BUG
  printf("%p\n", p);
  return 0;
}
