// EXPECT: heap-use-after-free
// Resolves a network name from /etc/networks. The name came from a parsed
// request that is released right after the "validation" step, before the
// lookup uses it.
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct request {
  long id;
  char net[32];
};

static struct request *parse(const char *arg) {
  struct request *r = calloc(1, sizeof *r);
  r->id = strlen(arg);
  snprintf(r->net, sizeof r->net, "%s", arg);
  return r;
}

int main(int argc, char **argv) {
  struct request *r = parse(argc > 1 ? "link-local" : "loopback");
  const char *name = r->net;
  if (r->id > 0)
    free(r);
  struct netent *ne = getnetbyname(name); // BUG
  printf("%s\n", ne ? ne->n_name : "(none)");
  return 0;
}
