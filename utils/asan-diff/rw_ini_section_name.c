// EXPECT: heap-buffer-overflow
// An INI reader: sections hold key/value lists, lines are read with fgets from a file the
// program writes first. The section-name length check forgets the terminator: a name of
// exactly sizeof name characters passes and strcpy writes its NUL past the section struct.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct kv {
  char *key, *value;
  struct kv *next;
};

struct section {
  struct kv *items;
  struct section *next;
  int nkeys;
  char name[20];
};

static char *trim(char *s) {
  while (isspace((unsigned char)*s)) s++;
  char *e = s + strlen(s);
  while (e > s && isspace((unsigned char)e[-1])) *--e = '\0';
  return s;
}

static struct section *new_section(struct section **list, const char *name, size_t len) {
  if (len > sizeof((struct section *)0)->name) return NULL; /* too long */
  struct section *s = calloc(1, sizeof *s);
  strcpy(s->name, name); // BUG
  s->next = *list;
  *list = s;
  return s;
}

static int parse(FILE *f, struct section **list) {
  char line[256];
  struct section *cur = NULL;
  int errors = 0;
  while (fgets(line, sizeof line, f)) {
    char *s = trim(line);
    if (!*s || *s == ';' || *s == '#') continue;
    if (*s == '[') {
      char *end = strchr(s, ']');
      if (!end) { errors++; continue; }
      *end = '\0';
      cur = new_section(list, s + 1, (size_t)(end - s - 1));
      if (!cur) errors++;
      continue;
    }
    char *eq = strchr(s, '=');
    if (!eq || !cur) { errors++; continue; }
    *eq = '\0';
    struct kv *kv = malloc(sizeof *kv);
    kv->key = strdup(trim(s));
    kv->value = strdup(trim(eq + 1));
    kv->next = cur->items;
    cur->items = kv;
    cur->nkeys++;
  }
  return errors;
}

static const char *lookup(const struct section *list, const char *sec, const char *key) {
  for (; list; list = list->next) {
    if (strcmp(list->name, sec) != 0) continue;
    for (const struct kv *kv = list->items; kv; kv = kv->next)
      if (strcmp(kv->key, key) == 0) return kv->value;
  }
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  FILE *f = fopen("app.ini", "w");
  if (!f) return 1;
  fprintf(f, "; generated\n[core]\nthreads = %d\nname = demo\n\n", n);
  for (int i = 0; i < n; i += 3) {
    fprintf(f, "[%.*s]\n", 4 + i * 2, alpha); /* 4, 10, 16, 22 characters */
    fprintf(f, "  path = /srv/%d  \nenabled=%s\n# comment\n", i, i % 2 ? "yes" : "no");
  }
  fprintf(f, "[%.20s]\nlast = 1\n", alpha);
  fclose(f);

  f = fopen("app.ini", "r");
  struct section *list = NULL;
  int errors = parse(f, &list);
  fclose(f);
  int sections = 0, keys = 0;
  for (struct section *s = list; s; s = s->next) { sections++; keys += s->nkeys; }
  printf("%d sections, %d keys, %d errors, threads=%s\n", sections, keys, errors, lookup(list, "core", "threads"));
  while (list) {
    struct section *s = list;
    list = s->next;
    while (s->items) {
      struct kv *kv = s->items;
      s->items = kv->next;
      free(kv->key);
      free(kv->value);
      free(kv);
    }
    free(s);
  }
  remove("app.ini");
  return 0;
}
