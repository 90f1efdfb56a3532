// EXPECT: global-buffer-overflow
// The room left is computed without the terminator: strncat writes one byte past.
#include <stdio.h>
#include <string.h>
char line[20];
int main(int argc, char **argv) {
  strcpy(line, argv[1]);
  strncat(line, argv[2], sizeof line - strlen(line)); // BUG
  puts(line);
  return 0;
}
