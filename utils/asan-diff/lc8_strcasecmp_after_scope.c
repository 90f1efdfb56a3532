// EXPECT: stack-use-after-scope
// A lower-cased copy of the command is made inside a block, and the pointer to it is compared after the block ended.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  const char *cmd = NULL;
  if (argc > 2) {
    char lower[32];
    size_t i = 0;
    for (; argv[2][i] && i < sizeof lower - 1; i++)
      lower[i] = (char)tolower((unsigned char)argv[2][i]);
    lower[i] = '\0';
    cmd = lower;
  }
  volatile int which = atoi(argv[1]);
  int r = strcasecmp(cmd, which > 5 ? "abcdef" : "quit"); // BUG
  printf("%d\n", r);
  return 0;
}
