// EXPECT: heap-use-after-free
// A batch job owns the glob64_t of its input files. The job is cancelled
// (freed) by a "timeout" check between setup and expansion, and glob64
// still fills the freed job's glob64_t.
#define _LARGEFILE64_SOURCE
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct job {
  char name[24];
  glob64_t inputs;
};

int main(int argc, char **argv) {
  struct job *j = calloc(1, sizeof *j);
  snprintf(j->name, sizeof j->name, "job-%s", argv[1]);
  if (argc > 2) // timed out: cancel
    free(j);
  int rc = glob64("*.txt", 0, NULL, &j->inputs); // BUG
  printf("%d\n", rc);
  return 0;
}
