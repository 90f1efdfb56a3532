// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
char out[64];
int main(int argc, char **argv) {
  char src[16] = "abc";
  memcpy(out, src, 16 + atoi(argv[1])); // BUG
  puts(out);
  return 0;
}
