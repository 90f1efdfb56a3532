// EXPECT: stack-use-after-return
// An init function formats a name into its local buffer and stores the
// buffer's address in a global config struct; main reads it later.
#include <stdio.h>
#include <stdlib.h>
struct config { const char *name; int verbose; };
static struct config g_cfg;
__attribute__((noinline)) static void init_config(int id) {
  char name[24];
  snprintf(name, sizeof name, "worker-%d", id);
  g_cfg.name = name;
  g_cfg.verbose = id > 3;
}
int main(int argc, char **argv) {
  init_config(atoi(argv[1]));
  printf("%c %d %d\n", g_cfg.name[7], g_cfg.verbose, argc); // BUG
  return 0;
}
