// EXPECT: stack-use-after-scope
// A pointer to a block-scoped buffer is compared with strcmp after the block ended.
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  const char *mode;
  {
    char tmp[16];
    snprintf(tmp, sizeof tmp, "%.6s", argv[2]);
    mode = tmp;
  }
  if (strcmp(mode, "ABCDEF") == 0) // BUG
    puts("default");
  return 0;
}
