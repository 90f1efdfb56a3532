// EXPECT: stack-buffer-overflow
// strncpy with sizeof the buffer leaves it unterminated when the source is long; strlen runs off.
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  char name[16];
  strncpy(name, argv[2], sizeof name);
  size_t n = strlen(name); // BUG
  printf("%zu\n", n);
  return 0;
}
