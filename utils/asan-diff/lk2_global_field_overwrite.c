// EXPECT: leak
// A global config struct's name field is reassigned without freeing the old string; the first block's only pointer is gone.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct config { int id; char *name; long flags; };
struct config g_cfg;
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  g_cfg.name = malloc(n * 4); // BUG
  strcpy(g_cfg.name, "first");
  printf("%s\n", g_cfg.name);
  g_cfg.name = malloc(n * 2);
  strcpy(g_cfg.name, "second");
  printf("%s\n", g_cfg.name);
  return 0;
}
