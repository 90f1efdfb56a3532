// EXPECT: stack-buffer-overflow
// A command-line option parser for a network tool: --port=N, --host=NAME[:PORT], -v, and
// positional arguments. The --host value is split with sscanf("%[^:]:%d") into a 24-byte
// host buffer with no field width, so a long host name overruns it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct options {
  int port;
  int verbose;
  int npos;
  const char *positional[8];
  char host[24];
};

static int parse_host(struct options *o, const char *arg) {
  char host[24];
  int port = -1;
  int got = sscanf(arg, "%[^:]:%d", host, &port); // BUG
  if (got < 1) return -1;
  snprintf(o->host, sizeof o->host, "%s", host);
  if (got == 2) o->port = port;
  return 0;
}

static int parse_args(struct options *o, int argc, char **argv) {
  memset(o, 0, sizeof *o);
  o->port = 8080;
  strcpy(o->host, "localhost");
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strncmp(a, "--port=", 7) == 0) {
      char *end;
      long p = strtol(a + 7, &end, 10);
      if (*end || p <= 0 || p > 65535) return -1;
      o->port = (int)p;
    } else if (strncmp(a, "--host=", 7) == 0) {
      if (parse_host(o, a + 7) != 0) return -1;
    } else if (strcmp(a, "-v") == 0) {
      o->verbose++;
    } else if (a[0] == '-') {
      fprintf(stderr, "unknown option %s\n", a);
      return -1;
    } else if (o->npos < 8) {
      o->positional[o->npos++] = a;
    }
  }
  return 0;
}

int main(int argc, char **argv) {
  /* The tool is driven by a wrapper that turns its own arguments into options. */
  char port_opt[32], host_opt[96];
  snprintf(port_opt, sizeof port_opt, "--port=%d", argc > 1 ? 8000 + atoi(argv[1]) : 8000);
  snprintf(host_opt, sizeof host_opt, "--host=%s.internal.example.com:%d", argc > 2 ? argv[2] : "db", 5432);
  char *args[] = { argv[0], "-v", port_opt, "input.dat", host_opt, "-v", "output.dat", NULL };
  struct options o;
  if (parse_args(&o, 7, args) != 0) {
    fprintf(stderr, "bad arguments\n");
    return 2;
  }
  printf("host %s port %d verbose %d, %d files:", o.host, o.port, o.verbose, o.npos);
  for (int i = 0; i < o.npos; i++) printf(" %s", o.positional[i]);
  printf("\n");
  return 0;
}
