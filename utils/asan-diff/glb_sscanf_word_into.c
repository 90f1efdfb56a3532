// EXPECT: global-buffer-overflow
// A command word is parsed with sscanf("%s") into a 12-byte global with no
// field width; the 26-letter argument overflows it.
#include <stdio.h>
#include <stdlib.h>

char g_cmd[12];
int g_arg;

int main(int argc, char **argv) {
  char input[64];
  snprintf(input, sizeof input, "%s %s", argv[argc - 1], argv[1]);
  int got = sscanf(input, "%s %d", g_cmd, &g_arg); // BUG
  printf("%d %d %.3s\n", got, g_arg, g_cmd);
  return 0;
}
