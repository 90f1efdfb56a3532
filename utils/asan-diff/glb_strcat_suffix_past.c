// EXPECT: global-buffer-overflow
// A global file name buffer gets a directory, the argument and an
// extension appended with strcat and no room check; the argument pushes
// the last strcat past the end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char g_file[32];

static void build(const char *stem) {
  strcpy(g_file, "/tmp/");
  strcat(g_file, stem);
  strcat(g_file, ".dat"); // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  build(n > 3 ? argv[argc - 1] : "a");
  printf("%zu\n", strlen(g_file));
  return 0;
}
