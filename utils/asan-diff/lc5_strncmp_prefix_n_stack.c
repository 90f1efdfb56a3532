// EXPECT: stack-buffer-overflow
// strncmp of a 4-byte unterminated tag against a longer string with n from that string.
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char tag[4];
  memcpy(tag, argv[2], sizeof tag);
  size_t n = strlen(argv[2]) / 2;
  if (strncmp(tag, argv[2], n) == 0) // BUG
    puts("same");
  return 0;
}
