// EXPECT: global-buffer-overflow
// snprintf into a 24-byte global is bounded by the size of a different,
// larger global (a copy-paste of the neighbouring call), so the bound
// does not protect it.
#include <stdio.h>
#include <stdlib.h>

char g_title[24];
char g_body[128];

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  snprintf(g_body, sizeof g_body, "body %d", n);
  snprintf(g_title, sizeof g_body, "[%d] %s", n, argv[argc - 1]); // BUG
  printf("%s|%s\n", g_title, g_body);
  return 0;
}
