// EXPECT: bad-free
// the config loader trims leading blanks by advancing the strdup'd pointer and later frees the advanced pointer
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct setting {
  char *key;
  char *value;   /* as returned by trim(): may point inside its allocation */
};

static char *trim(char *s) {
  while (isspace((unsigned char)*s)) s++;
  char *e = s + strlen(s);
  while (e > s && isspace((unsigned char)e[-1])) *--e = '\0';
  return s;
}

static int parse_line(const char *line, struct setting *out) {
  const char *eq = strchr(line, '=');
  if (!eq || line[0] == '#') return 0;
  out->key = trim(strndup(line, (size_t)(eq - line)));
  out->value = trim(strdup(eq + 1));
  return 1;
}

static const char *lookup(const struct setting *s, int n, const char *key) {
  for (int i = 0; i < n; i++)
    if (strcmp(s[i].key, key) == 0) return s[i].value;
  return NULL;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "abc";
  char text[512];
  snprintf(text, sizeof text,
           "# generated\nname=%.12s\nworkers=%d\n  timeout = %d \nmode=fast\n"
           "path=/var/lib/%.6s\n",
           word, n, n * 3, word);
  struct setting settings[16];
  int count = 0;
  char *save = NULL;
  for (char *line = strtok_r(text, "\n", &save); line && count < 16; line = strtok_r(NULL, "\n", &save))
    count += parse_line(line, &settings[count]);
  const char *workers = lookup(settings, count, "workers");
  const char *timeout = lookup(settings, count, "timeout");
  int w = workers ? atoi(workers) : 1;
  int t = timeout ? atoi(timeout) : 0;
  size_t vbytes = 0;
  for (int i = 0; i < count; i++) vbytes += strlen(settings[i].value);
  printf("settings=%d workers=%d timeout=%d vbytes=%zu name=%s\n", count, w, t, vbytes,
         lookup(settings, count, "name"));
  for (int i = 0; i < count; i++) {
    free(settings[i].value); // BUG
    free(settings[i].key);
  }
  return 0;
}
