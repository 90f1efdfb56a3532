// EXPECT: global-buffer-overflow
// A fixed 8-byte global tag is filled exactly by memcpy (no terminator)
// and then searched with strchr, which runs past its end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_tag[8];
int g_after = 7;

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  memcpy(g_tag, argv[argc - 1] + n, sizeof g_tag); /* "KLMNOPQR", no NUL */
  const char *dot = strchr(g_tag, '.'); // BUG
  printf("%s %d\n", dot ? dot : "(none)", g_after);
  return 0;
}
