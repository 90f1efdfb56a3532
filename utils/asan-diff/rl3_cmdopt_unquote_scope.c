// EXPECT: stack-use-after-scope
// a getopt-like parser points an option's value into argv, except for quoted values, which it unquotes into a buffer local to the branch
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum opt_type { OPT_FLAG, OPT_INT, OPT_STR };

struct option {
  const char *name;
  enum opt_type type;
  int seen;
  long ival;
  const char *sval;
};

static struct option *find_opt(struct option *opts, int n, const char *name, size_t len) {
  for (int i = 0; i < n; i++)
    if (strlen(opts[i].name) == len && strncmp(opts[i].name, name, len) == 0) return &opts[i];
  return NULL;
}

static int parse_args(struct option *opts, int nopts, int argc, char **argv, char **rest,
                      int *nrest) {
  *nrest = 0;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (strncmp(a, "--", 2) != 0) {
      rest[(*nrest)++] = argv[i];
      continue;
    }
    a += 2;
    const char *eq = strchr(a, '=');
    size_t nl = eq ? (size_t)(eq - a) : strlen(a);
    struct option *o = find_opt(opts, nopts, a, nl);
    if (!o) {
      fprintf(stderr, "unknown option --%.*s\n", (int)nl, a);
      return -1;
    }
    o->seen++;
    if (o->type == OPT_FLAG) continue;
    const char *val = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : "");
    if (o->type == OPT_INT) {
      o->ival = strtol(val, NULL, 0);
    } else if (val[0] == '"' || val[0] == '\'') {
      char unq[128];
      size_t k = 0;
      char q = val[0];
      for (const char *p = val + 1; *p && *p != q && k + 1 < sizeof unq; p++) {
        if (*p == '\\' && p[1]) p++;
        unq[k++] = *p;
      }
      unq[k] = '\0';
      o->sval = unq;
    } else {
      o->sval = val;
    }
  }
  for (int i = 0; i < nopts; i++) {
    if (opts[i].type != OPT_STR || !opts[i].sval) continue;
    if (strlen(opts[i].sval) > 100) { // BUG
      fprintf(stderr, "--%s: value too long\n", opts[i].name);
      return -1;
    }
  }
  return 0;
}

int main(int argc, char **argv) {
  const char *count = argc > 1 ? argv[1] : "3";
  const char *word = argc > 2 ? argv[2] : "XYZ";
  char quoted[96], outarg[96], jobs[32];
  snprintf(quoted, sizeof quoted, "--title=\"%s \\\"draft\\\"\"", word);
  snprintf(outarg, sizeof outarg, "--output=/tmp/%.6s.txt", word);
  snprintf(jobs, sizeof jobs, "--jobs=%s", count);
  char *args[] = {jobs, "--verbose", outarg, "input.c", quoted, "extra.c"};
  int nargs = (int)(sizeof args / sizeof args[0]);
  struct option opts[] = {
      {"verbose", OPT_FLAG, 0, 0, NULL},
      {"jobs", OPT_INT, 0, 1, NULL},
      {"output", OPT_STR, 0, 0, "a.out"},
      {"title", OPT_STR, 0, 0, "untitled"},
  };
  char *rest[8];
  int nrest;
  if (parse_args(opts, 4, nargs, args, rest, &nrest) != 0) return 2;
  const char *title = opts[3].sval;
  size_t tlen = strlen(title);
  printf("verbose=%d jobs=%ld output=%s title(%zu)=%s\n", opts[0].seen, opts[1].ival,
         opts[2].sval, tlen, title);
  for (int i = 0; i < nrest; i++) printf("  file %s\n", rest[i]);
  return 0;
}
