// EXPECT: heap-use-after-free
// Splits a configured command line with wordexp; the config string was
// replaced (and the old one freed) by a reload, but the caller still
// holds the old pointer and passes it to wordexp.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wordexp.h>

struct config {
  char *cmdline;
};

static void reload(struct config *c, const char *text) {
  free(c->cmdline);
  c->cmdline = strdup(text);
}

int main(int argc, char **argv) {
  struct config cfg = {strdup("ls -l 'my file'")};
  const char *cmd = cfg.cmdline;
  reload(&cfg, argv[2]);
  wordexp_t we;
  int r = wordexp(cmd, &we, WRDE_NOCMD); // BUG
  if (r == 0) {
    printf("%zu\n", we.we_wordc);
    wordfree(&we);
  }
  free(cfg.cmdline);
  return 0;
}
