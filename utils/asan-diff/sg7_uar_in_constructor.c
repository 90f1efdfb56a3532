// EXPECT: stack-use-after-return
// A constructor that runs before main registers "the current options" by
// keeping a pointer returned from a helper that built them in its own
// frame; main later reads through that pointer.
#include <stdio.h>
#include <stdlib.h>
struct Options {
  int verbose;
  int jobs;
  char name[12];
};
static const struct Options *g_opts;
static volatile int g_default_jobs = 4;  /* runtime value: keeps the ctor from being folded */
__attribute__((noinline)) static const struct Options *defaults(int jobs) {
  struct Options o = {0, jobs, "default"};
  g_opts = &o;
  return g_opts;
}
__attribute__((constructor(101))) static void init_options(void) {
  defaults(g_default_jobs);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int jobs = g_opts->jobs; // BUG
  printf("%d %d %d\n", jobs, n, argc);
  return 0;
}
