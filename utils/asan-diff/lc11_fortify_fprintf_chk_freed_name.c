// EXPECT: heap-use-after-free
// Built with _FORTIFY_SOURCE (fprintf becomes __fprintf_chk at -O2). A
// summary line prints the user's name after the session that owns the
// name has been destroyed.
// FLAGS: -D_FORTIFY_SOURCE=2
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct session {
  int id;
  int requests;
  char *user;
};

static void destroy(struct session *s) {
  free(s->user);
  free(s);
}

int main(int argc, char **argv) {
  struct session *s = malloc(sizeof *s);
  s->id = 1;
  s->requests = argc * 3;
  s->user = strdup(argv[2]);
  const char *user = s->user;
  int requests = s->requests;
  destroy(s);
  fprintf(stdout, "%s made %d requests\n", user, requests); // BUG
  return 0;
}
