// EXPECT: stack-buffer-overflow
// an INI loader splits "key = value" lines with sscanf("%31[^= ] = %s") into a 32-byte key and a 24-byte value on the stack; a long value overruns the value buffer
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct setting {
  char section[24];
  char key[32];
  char value[48];
};

struct settings {
  struct setting items[32];
  int n;
  int skipped;
};

static char *strip(char *s) {
  while (isspace((unsigned char)*s)) s++;
  size_t n = strlen(s);
  while (n && isspace((unsigned char)s[n - 1])) s[--n] = '\0';
  return s;
}

static int parse_line(struct settings *st, char *section, char *line) {
  line = strip(line);
  if (!*line || *line == ';' || *line == '#') return 0;
  if (*line == '[') {
    char *end = strchr(line, ']');
    if (!end) return -1;
    *end = '\0';
    snprintf(section, 24, "%s", line + 1);
    return 0;
  }
  char key[32];
  char value[24];
  if (sscanf(line, "%31[^= ] = %s", key, value) != 2) return -1; // BUG
  if (st->n == 32) return -1;
  struct setting *s = &st->items[st->n++];
  snprintf(s->section, sizeof s->section, "%s", section);
  snprintf(s->key, sizeof s->key, "%s", key);
  snprintf(s->value, sizeof s->value, "%s", value);
  return 0;
}

static int load(struct settings *st, const char *text) {
  char section[24] = "global";
  char *copy = strdup(text);
  char *save = NULL;
  for (char *ln = strtok_r(copy, "\n", &save); ln; ln = strtok_r(NULL, "\n", &save))
    if (parse_line(st, section, ln)) st->skipped++;
  free(copy);
  return st->n;
}

static const char *get(const struct settings *st, const char *section, const char *key, const char *def) {
  for (int i = 0; i < st->n; i++)
    if (strcmp(st->items[i].section, section) == 0 && strcmp(st->items[i].key, key) == 0) return st->items[i].value;
  return def;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char text[1024];
  int off = snprintf(text, sizeof text, "; generated\nname = svc%d\n[db]\nhost = db%.3s.local\nport = %d\n", n, alpha, 5432 + n);
  off += snprintf(text + off, sizeof text - (size_t)off, "[cache]\nsize=%d\nttl = %d\n", n * 64, n * 6);
  off += snprintf(text + off, sizeof text - (size_t)off, "[auth]\nrealm = %s\ntoken = %s%s\n", "corp", alpha, alpha + n);
  struct settings st;
  memset(&st, 0, sizeof st);
  load(&st, text);
  int port = atoi(get(&st, "db", "port", "0"));
  printf("%d settings (%d skipped); db %s:%d cache %s ttl %s\n", st.n, st.skipped, get(&st, "db", "host", "?"), port,
         get(&st, "cache", "size", "?"), get(&st, "cache", "ttl", "?"));
  printf("token has %zu chars\n", strlen(get(&st, "auth", "token", "")));
  return 0;
}
