// EXPECT: heap-use-after-free
// A log entry is released back to the pool when it is flushed, but the
// flush path then stamps the (already freed) entry with ftime() for the
// "last flushed" statistic.
// FLAGS: -Wno-deprecated-declarations
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/timeb.h>

struct entry {
  char text[48];
  struct timeb when;
};

static int flushed;

__attribute__((noinline)) static void flush_entry(struct entry *e) {
  fprintf(stderr, "%s\n", e->text);
  free(e);
  ftime(&e->when); // BUG
  flushed++;
}

int main(int argc, char **argv) {
  struct entry *e = malloc(sizeof *e);
  ftime(&e->when);
  snprintf(e->text, sizeof e->text, "started with %d args", argc);
  flush_entry(e);
  return flushed - 1;
}
