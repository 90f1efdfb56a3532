// EXPECT: none
// A command-line option parser driven by a static table of option structs (long/short names, types, counters), with usage text.
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum opt_type { OPT_FLAG, OPT_INT, OPT_STRING, OPT_LIST };

struct config {
  int verbose, jobs, dry_run, level;
  const char *output;
  const char *defines[8];
  int ndefines;
};

struct option_def {
  const char *long_name;
  char short_name;
  enum opt_type type;
  size_t offset;     /* into struct config */
  int min, max;      /* OPT_INT */
  const char *help;
  int seen;          /* updated while parsing */
};

#define CFG(f) offsetof(struct config, f)

static struct option_def options[] = {
  { "verbose", 'v', OPT_FLAG, CFG(verbose), 0, 0, "more output (repeatable)", 0 },
  { "jobs", 'j', OPT_INT, CFG(jobs), 1, 64, "parallel jobs", 0 },
  { "dry-run", 'n', OPT_FLAG, CFG(dry_run), 0, 0, "print, do not run", 0 },
  { "level", 'O', OPT_INT, CFG(level), 0, 3, "optimization level", 0 },
  { "output", 'o', OPT_STRING, CFG(output), 0, 0, "output file", 0 },
  { "define", 'D', OPT_LIST, CFG(defines), 0, 8, "NAME=VALUE (repeatable)", 0 },
};
#define NOPTIONS ((int)(sizeof options / sizeof options[0]))

static struct option_def *find_long(const char *name, size_t len) {
  for (int i = 0; i < NOPTIONS; i++)
    if (strlen(options[i].long_name) == len && strncmp(options[i].long_name, name, len) == 0)
      return &options[i];
  return NULL;
}

static struct option_def *find_short(char c) {
  for (int i = 0; i < NOPTIONS; i++)
    if (options[i].short_name == c) return &options[i];
  return NULL;
}

static int store(struct config *cfg, struct option_def *o, const char *val, char *err, size_t errlen) {
  char *base = (char *)cfg + o->offset;
  o->seen++;
  switch (o->type) {
  case OPT_FLAG:
    (*(int *)base)++;
    return 0;
  case OPT_INT: {
    char *end;
    errno = 0;
    long v = strtol(val, &end, 10);
    if (errno || *end || end == val || v < o->min || v > o->max) {
      snprintf(err, errlen, "--%s: '%s' not in [%d, %d]", o->long_name, val, o->min, o->max);
      return -1;
    }
    *(int *)base = (int)v;
    return 0;
  }
  case OPT_STRING:
    *(const char **)base = val;
    return 0;
  case OPT_LIST:
    if (cfg->ndefines == o->max) {
      snprintf(err, errlen, "--%s: more than %d", o->long_name, o->max);
      return -1;
    }
    ((const char **)base)[cfg->ndefines++] = val;
    return 0;
  }
  return -1;
}

/* Returns the index of the first operand, or -1 on error (message in err). */
static int parse_args(int argc, const char **argv, struct config *cfg, char *err, size_t errlen) {
  int i;
  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) return i + 1;
    if (a[0] != '-' || a[1] == '\0') return i;
    if (a[1] == '-') {
      const char *name = a + 2, *eq = strchr(name, '=');
      size_t len = eq ? (size_t)(eq - name) : strlen(name);
      struct option_def *o = find_long(name, len);
      if (!o) { snprintf(err, errlen, "unknown option --%.*s", (int)len, name); return -1; }
      const char *val = eq ? eq + 1 : NULL;
      if (o->type != OPT_FLAG && !val) {
        if (i + 1 >= argc) { snprintf(err, errlen, "--%s needs a value", o->long_name); return -1; }
        val = argv[++i];
      }
      if (store(cfg, o, val, err, errlen)) return -1;
      continue;
    }
    /* Bundled short flags: -vvn, -j4, -j 4 */
    for (const char *p = a + 1; *p; p++) {
      struct option_def *o = find_short(*p);
      if (!o) { snprintf(err, errlen, "unknown option -%c", *p); return -1; }
      if (o->type == OPT_FLAG) { store(cfg, o, NULL, err, errlen); continue; }
      const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
      if (!val) { snprintf(err, errlen, "-%c needs a value", *p); return -1; }
      if (store(cfg, o, val, err, errlen)) return -1;
      break;
    }
  }
  return i;
}

static void usage(char *out, size_t cap) {
  size_t len = 0;
  for (int i = 0; i < NOPTIONS; i++) {
    const struct option_def *o = &options[i];
    len += (size_t)snprintf(out + len, cap - len, "  -%c, --%-10s %s%s\n", o->short_name, o->long_name,
                            o->type == OPT_FLAG ? "" : "ARG  ", o->help);
    if (len >= cap) break;
  }
}

static void run(const char *name, int argc, const char **argv) {
  struct config cfg = { 0, 1, 0, 0, "a.out", { 0 }, 0 };
  char err[96] = "";
  for (int i = 0; i < NOPTIONS; i++) options[i].seen = 0;
  int first = parse_args(argc, argv, &cfg, err, sizeof err);
  if (first < 0) {
    printf("%-8s error: %s\n", name, err);
    return;
  }
  printf("%-8s v=%d j=%d n=%d O=%d o=%s D=%d operands=%d:", name, cfg.verbose, cfg.jobs, cfg.dry_run,
         cfg.level, cfg.output, cfg.ndefines, argc - first);
  for (int i = 0; i < cfg.ndefines; i++) printf(" %s", cfg.defines[i]);
  for (int i = first; i < argc; i++) printf(" [%s]", argv[i]);
  printf(" seen:");
  for (int i = 0; i < NOPTIONS; i++) printf("%d", options[i].seen);
  printf("\n");
}

int main(int argc, char **argv) {
  const char *jobs = argc > 1 ? argv[1] : "10";
  const char *word = argc > 2 ? argv[2] : "XYZ";
  char dopt[48], bundle[16], lopt[48];
  snprintf(dopt, sizeof dopt, "-DNAME=%.6s", word);
  snprintf(bundle, sizeof bundle, "-vvnj%s", jobs);
  snprintf(lopt, sizeof lopt, "--%.5s", word);

  const char *a1[] = { "prog", "-v", "--jobs", jobs, "-O2", "--output=out.bin", "src.c", "lib.c" };
  const char *a2[] = { "prog", bundle, dopt, "-D", "X=1", "--define=Y=2", "--", "-notanoption" };
  const char *a3[] = { "prog", "--level=7", "x.c" };
  const char *a4[] = { "prog", "-j" };
  const char *a5[] = { "prog", "--dry-run", lopt, "y.c" };
  run("basic", 8, a1);
  run("bundled", 8, a2);
  run("range", 3, a3);
  run("missing", 2, a4);
  run("unknown", 4, a5);
  char help[512];
  usage(help, sizeof help);
  printf("usage: prog [options] files...\n%s", help);
  return 0;
}
