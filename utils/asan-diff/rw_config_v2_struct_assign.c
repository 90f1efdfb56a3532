// EXPECT: heap-buffer-overflow
// Config structs versioned by size: v2 appended fields to v1. The loader allocates the
// destination with sizeof(struct config_v1) (the code predates v2) and then assigns a whole
// struct config_v2 into it: the struct copy writes the appended fields past the allocation.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct config_v1 {
  int version;
  int port;
  char host[32];
  int timeout_ms;
};

struct config_v2 {
  int version;
  int port;
  char host[32];
  int timeout_ms;
  /* added in v2 */
  int retries;
  int backoff_ms;
  char tls_ca[48];
};

static struct config_v2 defaults(const char *host, int port) {
  struct config_v2 c;
  memset(&c, 0, sizeof c);
  c.version = 2;
  c.port = port;
  snprintf(c.host, sizeof c.host, "%s", host);
  c.timeout_ms = 3000;
  c.retries = 3;
  c.backoff_ms = 250;
  snprintf(c.tls_ca, sizeof c.tls_ca, "/etc/ssl/certs/%s.pem", host);
  return c;
}

static struct config_v2 *load(const char *host, int port, int verbose) {
  struct config_v2 *c = malloc(sizeof(struct config_v1));
  if (!c) return NULL;
  struct config_v2 d = defaults(host, port);
  if (verbose) d.timeout_ms *= 2;
  *c = d; // BUG
  return c;
}

int main(int argc, char **argv) {
  int port = argc > 1 ? 8000 + atoi(argv[1]) : 8080;
  const char *host = argc > 2 ? argv[2] : "localhost";
  char h[24];
  snprintf(h, sizeof h, "%.8s", host);
  struct config_v2 *c = load(h, port, argc > 3);
  if (!c) return 1;
  printf("v%d %s:%d timeout %d retries %d ca %s\n", c->version, c->host, c->port, c->timeout_ms, c->retries, c->tls_ca);
  free(c);
  return 0;
}
