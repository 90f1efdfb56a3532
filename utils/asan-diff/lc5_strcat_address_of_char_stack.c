// EXPECT: stack-buffer-overflow
// strcat given the address of a single char as if it were a string.
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char out[64] = "a";
  char sep = argv[2][argc];
  strcat(out, &sep); // BUG
  puts(out);
  return 0;
}
