// EXPECT: double-free
// a config loader's error path frees the half-built section name without clearing it; config_destroy later frees the same pointer again
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
  char *key, *value;
};

struct section {
  char *name;
  struct entry *entries;
  int nentries, cap;
};

struct config {
  struct section *sections;
  int nsections, cap;
  int errors;
  char errmsg[96];
};

static char *trim(char *s) {
  while (isspace((unsigned char)*s)) s++;
  char *e = s + strlen(s);
  while (e > s && isspace((unsigned char)e[-1])) *--e = '\0';
  return s;
}

static struct section *add_section(struct config *c, const char *name) {
  if (c->nsections == c->cap) {
    c->cap = c->cap ? c->cap * 2 : 4;
    c->sections = realloc(c->sections, (size_t)c->cap * sizeof *c->sections);
  }
  struct section *s = &c->sections[c->nsections++];
  s->name = strdup(name);
  s->entries = NULL;
  s->nentries = s->cap = 0;
  return s;
}

static void add_entry(struct section *s, const char *k, const char *v) {
  if (s->nentries == s->cap) {
    s->cap = s->cap ? s->cap * 2 : 4;
    s->entries = realloc(s->entries, (size_t)s->cap * sizeof *s->entries);
  }
  s->entries[s->nentries].key = strdup(k);
  s->entries[s->nentries].value = strdup(v);
  s->nentries++;
}

static int fail(struct config *c, struct section *s, int line, const char *why) {
  snprintf(c->errmsg, sizeof c->errmsg, "line %d: %s in [%s]", line, why, s ? s->name : "-");
  c->errors++;
  if (s && s->nentries == 0) {
    /* an empty section with an error is useless: drop its name */
    free(s->name);
  }
  return -1;
}

static int parse(struct config *c, char *text) {
  struct section *cur = NULL;
  int line = 0;
  for (char *ln = strtok(text, "\n"); ln; ln = strtok(NULL, "\n")) {
    line++;
    char *t = trim(ln);
    if (!*t || *t == '#') continue;
    if (*t == '[') {
      char *end = strchr(t, ']');
      if (!end) return fail(c, cur, line, "unterminated section");
      *end = '\0';
      cur = add_section(c, trim(t + 1));
      continue;
    }
    char *eq = strchr(t, '=');
    if (!eq || !cur) return fail(c, cur, line, "expected key=value");
    *eq = '\0';
    add_entry(cur, trim(t), trim(eq + 1));
  }
  return 0;
}

static void config_destroy(struct config *c) {
  for (int i = 0; i < c->nsections; i++) {
    struct section *s = &c->sections[i];
    for (int j = 0; j < s->nentries; j++) {
      free(s->entries[j].key);
      free(s->entries[j].value);
    }
    free(s->entries);
    free(s->name); // BUG
  }
  free(c->sections);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  char text[512];
  int off = snprintf(text, sizeof text, "# generated\n[server]\nhost = %.6s.local\nport = %d\n", alpha, 8000 + n);
  off += snprintf(text + off, sizeof text - (size_t)off, "[paths]\nroot=/srv/%.4s\nlogs = /var/log/%.3s\n", alpha + 2, alpha + 9);
  off += snprintf(text + off, sizeof text - (size_t)off, "[limits]\nthis line has no equals sign\nmax = %d\n", n * 10);
  struct config c;
  memset(&c, 0, sizeof c);
  if (parse(&c, text) != 0) fprintf(stderr, "config error: %s\n", c.errmsg);
  int total = 0;
  for (int i = 0; i < c.nsections; i++) total += c.sections[i].nentries;
  printf("%d sections, %d entries, %d errors\n", c.nsections, total, c.errors);
  config_destroy(&c);
  return 0;
}
