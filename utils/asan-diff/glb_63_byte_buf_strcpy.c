// EXPECT: global-buffer-overflow
// A 63-byte global message buffer is filled by repeated strcat of the
// argument; the third append writes past it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_msg63[63];
int g_appends;

static void append(const char *s) {
  strcat(g_msg63, s); // BUG
  g_appends++;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int i = 0; i < n / 3; i++)
    append(argv[argc - 1]);
  printf("%d %zu\n", g_appends, strlen(g_msg63));
  return 0;
}
