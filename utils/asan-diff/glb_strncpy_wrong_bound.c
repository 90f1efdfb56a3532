// EXPECT: global-buffer-overflow
// strncpy into a 16-byte global with the bound of a 24-byte field the
// code was copied from; strncpy zero-pads to the full bound, so even a
// short source writes past the global.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME_MAX_OLD 24
char g_host[16];
char g_domain[32] = "example.org";

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  const char *src = n > 5 ? argv[argc - 1] + 20 : "x"; /* "UVWXYZ" */
  strncpy(g_host, src, NAME_MAX_OLD); // BUG
  printf("%s.%s\n", g_host, g_domain);
  return 0;
}
