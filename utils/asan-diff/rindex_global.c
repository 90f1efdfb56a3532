// EXPECT: global-buffer-overflow
// ASan has no rindex interceptor and misses this; memscope is expected to report it.
#include <stdio.h>
#include <strings.h>
#include <string.h>
char g[6];
char after[6] = "zzzzz";
int main(int argc, char **argv) {
  memcpy(g, argv[2], sizeof g);
  char *q = rindex(g, 'B'); // BUG
  printf("%ld %s\n", (long)(q - g), after);
  return 0;
}
