// EXPECT: bad-free
// a command-line options struct defaults its string fields to string literals and replaces them with strdup'ed values when flags are given; opts_free frees every field unconditionally, including the literal default that was never replaced
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct options {
  char *output;    /* default "a.out" */
  char *format;    /* default "text" */
  char *log_level; /* default "info" */
  int jobs;
  int verbose;
  char **inputs;
  int ninputs;
};

static void opts_init(struct options *o) {
  o->output = "a.out";
  o->format = "text";
  o->log_level = "info";
  o->jobs = 1;
  o->verbose = 0;
  o->inputs = NULL;
  o->ninputs = 0;
}

static int opts_parse(struct options *o, int argc, char **argv) {
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strncmp(a, "--output=", 9) == 0) o->output = strdup(a + 9);
    else if (strncmp(a, "--format=", 9) == 0) o->format = strdup(a + 9);
    else if (strncmp(a, "--log=", 6) == 0) o->log_level = strdup(a + 6);
    else if (strncmp(a, "-j", 2) == 0) o->jobs = atoi(a + 2);
    else if (strcmp(a, "-v") == 0) o->verbose++;
    else if (a[0] == '-') return -1;
    else {
      o->inputs = realloc(o->inputs, (size_t)(o->ninputs + 1) * sizeof *o->inputs);
      o->inputs[o->ninputs++] = strdup(a);
    }
  }
  return 0;
}

static void opts_free(struct options *o) {
  free(o->output);
  free(o->format); // BUG
  free(o->log_level);
  for (int i = 0; i < o->ninputs; i++) free(o->inputs[i]);
  free(o->inputs);
}

static int known_format(const char *f) {
  static const char *formats[] = {"text", "json", "csv", "xml"};
  for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
    if (strcmp(f, formats[i]) == 0) return 1;
  return 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  char bufs[8][48];
  char *args[8];
  int na = 0;
  snprintf(bufs[na], sizeof bufs[na], "--output=/tmp/%.6s.out", alpha);
  args[na] = bufs[na];
  na++;
  snprintf(bufs[na], sizeof bufs[na], "-j%d", n / 2);
  args[na] = bufs[na];
  na++;
  for (int i = 0; i < 3; i++) {
    snprintf(bufs[na], sizeof bufs[na], "src/%.*s.c", 2 + i, alpha + i * 3);
    args[na] = bufs[na];
    na++;
  }
  snprintf(bufs[na], sizeof bufs[na], "--log=%s", n > 5 ? "debug" : "warn");
  args[na] = bufs[na];
  na++;
  struct options o;
  opts_init(&o);
  if (opts_parse(&o, na, args)) {
    fprintf(stderr, "bad option\n");
    return 2;
  }
  printf("output %s format %s (%s) log %s jobs %d inputs %d\n", o.output, o.format,
         known_format(o.format) ? "ok" : "unknown", o.log_level, o.jobs, o.ninputs);
  opts_free(&o);
  return 0;
}
