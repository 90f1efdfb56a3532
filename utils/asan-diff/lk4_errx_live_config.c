// EXPECT: none
// A command-line tool parses its configuration into a context held in a
// local of main (whose address it also gives its SIGINT handler), then
// validates it; on a validation failure it reports and exits with errx(),
// which prints the message and calls exit() from inside libc. main's frame
// is suspended under that call, not dead: the configuration it holds is
// still reachable (as under a direct exit() call), so no leak may be
// reported.
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rule {
  char *pattern;
  int action;
};

struct config {
  char *name;
  struct rule *rules;
  int nrules;
};

__attribute__((noinline)) static struct config *parse(int n, const char *alpha) {
  struct config *c = malloc(sizeof *c);
  c->name = strdup("firewall.conf");
  c->nrules = n / 2;
  c->rules = calloc((size_t)c->nrules, sizeof *c->rules);
  for (int i = 0; i < c->nrules; i++) {
    c->rules[i].pattern = malloc((size_t)n + (size_t)i);
    snprintf(c->rules[i].pattern, (size_t)n + (size_t)i, "%.*s/%d", i + 1, alpha, i * 8);
    c->rules[i].action = i % 3;
  }
  /* rule 3 uses an unknown action */
  if (c->nrules > 3) c->rules[3].action = 7;
  return c;
}

__attribute__((noinline)) static int first_invalid(const struct config *c) {
  for (int i = 0; i < c->nrules; i++)
    if (c->rules[i].action > 2) return i;
  return -1;
}

struct ctx {
  struct config *cfg;
  int verbose;
};

static struct ctx *volatile g_sigint_ctx; /* what the SIGINT handler would clean up */

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  struct ctx c = {NULL, 0};
  g_sigint_ctx = &c;
  c.cfg = parse(n, argc > 2 ? argv[2] : "ABCDEFGHIJ");
  scrub();
  int bad = first_invalid(c.cfg);
  fflush(stdout);
  if (bad >= 0)
    errx(0, "%s: rule %d: unknown action %d", c.cfg->name, bad, c.cfg->rules[bad].action);
  printf("config ok: %d rules\n", c.cfg->nrules);
  g_sigint_ctx = NULL;
  return 0;
}
