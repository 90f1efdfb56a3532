// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char d[10] = "abc";
  strncat(d, argv[2], 20); // BUG
  puts(d);
  return 0;
}
