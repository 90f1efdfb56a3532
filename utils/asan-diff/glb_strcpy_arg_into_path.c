// EXPECT: global-buffer-overflow
// A global path buffer sized for "short names" receives a user argument
// with strcpy; the 26-character argument does not fit in 16 bytes.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char g_path[16];
static int g_have_path;

static void set_path(const char *name) {
  strcpy(g_path, name); // BUG
  g_have_path = 1;
}

int main(int argc, char **argv) {
  if (atoi(argv[1]) > 5)
    set_path(argv[argc - 1]);
  else
    set_path("short");
  printf("%d %.4s\n", g_have_path, g_path);
  return 0;
}
