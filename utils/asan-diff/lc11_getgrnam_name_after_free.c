// EXPECT: heap-use-after-free
// Looks up the group named in a config value. The config line is freed
// by the parser's cleanup before the group lookup reads the name that
// still points into it.
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *value_of(char *line) {
  char *eq = strchr(line, '=');
  return eq ? eq + 1 : line;
}

int main(int argc, char **argv) {
  char *line = strdup(argc > 1 ? "run_as_group=daemon" : "run_as_group=root");
  char *group = value_of(line);
  free(line);
  struct group *g = getgrnam(group); // BUG
  printf("%d\n", g ? (int)g->gr_gid : -1);
  return 0;
}
