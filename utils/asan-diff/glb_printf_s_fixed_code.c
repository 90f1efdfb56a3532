// EXPECT: global-buffer-overflow
// Country codes are kept in a global array of 2-char fields (no room for a
// terminator); printing one with "%s" reads past the last field.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_codes[4][2];

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  const char *src = argv[argc - 1];
  for (int i = 0; i < 4; i++)
    memcpy(g_codes[i], src + 2 * i + n, 2);
  printf("last=%s\n", g_codes[3]); // BUG
  return 0;
}
