// EXPECT: global-buffer-overflow
// A status line is formatted with sprintf into a 32-byte global; the user
// name field is unbounded ("%s" instead of "%.8s").
#include <stdio.h>
#include <stdlib.h>

char g_status[32];
int g_status_len;

static void make_status(const char *user, int code) {
  g_status_len = sprintf(g_status, "user=%s code=%d", user, code); // BUG
}

int main(int argc, char **argv) {
  int code = atoi(argv[1]);
  make_status(argv[argc - 1], code);
  printf("%d %.6s\n", g_status_len, g_status);
  return 0;
}
