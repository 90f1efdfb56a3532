// EXPECT: stack-buffer-overflow
// A 13-char name into char[13]: the terminator is the one byte past, inside the last granule.
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char name[13];
  strcpy(name, argv[2] + 13); // BUG
  puts(name);
  return 0;
}
