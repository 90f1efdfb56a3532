// EXPECT: heap-use-after-free
// Redirects stdout to a log file whose name is held by an options struct.
// The options are freed once "parsing" is done, before the redirection.
#define _LARGEFILE64_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct options {
  int verbose;
  int level;
  char *logfile;
};

int main(int argc, char **argv) {
  struct options *o = calloc(1, sizeof *o);
  o->verbose = argc > 1;
  o->logfile = malloc(32);
  snprintf(o->logfile, 32, "run-%s.log", argv[1]);
  char *path = o->logfile;
  free(o->logfile);
  free(o);
  if (!freopen64(path, "w", stdout)) // BUG
    return 1;
  printf("logging\n");
  return 0;
}
