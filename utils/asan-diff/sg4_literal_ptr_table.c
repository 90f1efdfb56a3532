// EXPECT: global-buffer-overflow
// A table of pointers to string literals; the second literal ("cde") is
// read at index 4, past its terminator.
#include <stdio.h>
#include <stdlib.h>
static const char *const names[] = {"ab", "cde", "fghij"};
int main(int argc, char **argv) {
  const char *volatile s = names[argc - 2];
  int k = atoi(argv[1]) - 6; /* 4 */
  printf("%c\n", s[k]); // BUG
  return 0;
}
