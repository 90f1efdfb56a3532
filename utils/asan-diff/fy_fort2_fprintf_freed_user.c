// EXPECT: heap-use-after-free
// FLAGS: -D_FORTIFY_SOURCE=2
// A session is closed (its user name freed) before the audit line that
// names the user is written to stderr with fprintf (__fprintf_chk under
// _FORTIFY_SOURCE).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct session { char *user; int fd; };

__attribute__((noinline)) static void session_close(struct session *s) {
  free(s->user);
  s->fd = -1;
}

int main(int argc, char **argv) {
  struct session s = {strdup(argv[2]), atoi(argv[1])};
  session_close(&s);
  fprintf(stderr, "audit: session of %s closed\n", s.user); // BUG
  return 0;
}
