// EXPECT: stack-use-after-scope
// The request settings are either the defaults (a static) or overrides
// parsed into a struct local to an `if` block; a pointer selects one. The
// settings are then passed by value (in memory, 40 bytes) to the sender
// after the block has ended: the call copies them from the dead local.
#include <stdio.h>
#include <stdlib.h>

struct settings { long timeout_ms; long retries; double backoff; int port; int tls; };

static const struct settings kDefaults = {3000, 3, 1.5, 443, 1};

__attribute__((noinline)) static void parse_overrides(struct settings *s,
                                                      const char *arg) {
  *s = kDefaults;
  s->timeout_ms = atol(arg) * 100;
  s->port = 8443;
}

__attribute__((noinline)) long send_request(struct settings s, int id) {
  return s.timeout_ms + s.retries * id + s.port + s.tls;
}

int main(int argc, char **argv) {
  const struct settings *use = &kDefaults;
  if (argc > 1) {
    struct settings local;
    parse_overrides(&local, argv[1]);
    use = &local;
  }
  long r = send_request(*use, argc); // BUG
  printf("%ld\n", r);
  return 0;
}
