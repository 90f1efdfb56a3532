// EXPECT: stack-use-after-return
// a command-line parser normalizes each option name into a scratch buffer on its own stack and returns a pointer to it; the caller stores that pointer in its option table and compares against it later
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct option {
  const char *name;
  const char *value;
  int is_flag;
};

struct optset {
  struct option opts[16];
  int n;
  const char *positional[16];
  int npos;
};

/* Lower-cases the option name and maps '_' to '-'. */
__attribute__((noinline)) static const char *normalize_name(const char *raw, size_t len) {
  char scratch[48];
  if (len >= sizeof scratch) len = sizeof scratch - 1;
  for (size_t i = 0; i < len; i++) {
    char c = (char)tolower((unsigned char)raw[i]);
    scratch[i] = c == '_' ? '-' : c;
  }
  scratch[len] = '\0';
  const char *r = scratch;
  return r;
}

static void parse_args(struct optset *s, int argc, char **argv) {
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] == '-' && a[1] == '-' && a[2]) {
      const char *eq = strchr(a + 2, '=');
      size_t len = eq ? (size_t)(eq - (a + 2)) : strlen(a + 2);
      if (s->n == 16) continue;
      struct option *o = &s->opts[s->n++];
      o->name = normalize_name(a + 2, len);
      o->value = eq ? eq + 1 : NULL;
      o->is_flag = eq == NULL;
    } else if (s->npos < 16) {
      s->positional[s->npos++] = a;
    }
  }
}

static const struct option *find_opt(const struct optset *s, const char *name) {
  for (int i = 0; i < s->n; i++)
    if (strcmp(s->opts[i].name, name) == 0) return &s->opts[i]; // BUG
  return NULL;
}

static int churn(int depth, const char *salt) {
  char local[64];
  memset(local, salt[0], sizeof local);
  if (depth == 0) return local[depth];
  return churn(depth - 1, salt) + local[depth % 64];
}

static int first_diff(const char *a, const char *b) {
  int i = 0;
  while (a[i] && a[i] == b[i]) i++;
  return i;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  char buf[8][48];
  char *args[8];
  snprintf(buf[0], sizeof buf[0], "--Output_Dir=/tmp/%.4s", alpha);
  snprintf(buf[1], sizeof buf[1], "--VERBOSE");
  snprintf(buf[2], sizeof buf[2], "input%d.txt", n);
  snprintf(buf[3], sizeof buf[3], "--max_Jobs=%d", n / 2);
  snprintf(buf[4], sizeof buf[4], "--%.6s", alpha + 3);
  for (int i = 0; i < 5; i++) args[i] = buf[i];
  struct optset s;
  memset(&s, 0, sizeof s);
  parse_args(&s, 5, args);
  int noise = churn(n, alpha);
  const struct option *jobs = find_opt(&s, "max-jobs");
  printf("%d options, %d positional, noise %d, jobs %s\n", s.n, s.npos, noise, jobs ? jobs->value : "?");
  int common = first_diff(s.opts[0].name, "output-file");
  printf("first option shares %d chars with output-file\n", common);
  return 0;
}
