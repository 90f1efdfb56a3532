// EXPECT: bad-free
// Parses a comma-separated tag list into an array of heap strings (strdup, then trimmed in
// place), deduplicates and sorts it. The trim helper returns a pointer past the leading
// blanks, and the caller keeps only that pointer: dropping a blank tag (" , ") frees an
// address inside the strndup'ed block.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *trim(char *s) {
  while (isspace((unsigned char)*s)) s++;
  char *e = s + strlen(s);
  while (e > s && isspace((unsigned char)e[-1])) e--;
  *e = '\0';
  return s;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static int split_tags(const char *list, char **tags, int max) {
  int n = 0;
  const char *p = list;
  while (*p && n < max) {
    const char *comma = strchr(p, ',');
    size_t len = comma ? (size_t)(comma - p) : strlen(p);
    char *t = strndup(p, len);
    t = trim(t);
    for (char *c = t; *c; c++) *c = (char)tolower((unsigned char)*c);
    if (*t) tags[n++] = t;
    else free(t); // BUG
    if (!comma) break;
    p = comma + 1;
  }
  return n;
}

static int dedup(char **tags, int n) {
  qsort(tags, (size_t)n, sizeof *tags, cmp_str);
  int out = 0;
  for (int i = 0; i < n; i++) {
    if (out && strcmp(tags[out - 1], tags[i]) == 0) {
      free(tags[i]);
      continue;
    }
    tags[out++] = tags[i];
  }
  return out;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char list[512];
  size_t len = 0;
  for (int i = 0; i < n && len + 20 < sizeof list; i++) {
    /* the same tag spelled with different case and padding now and then */
    len += (size_t)snprintf(list + len, sizeof list - len, "%s%.*s%s,", i % 4 == 0 ? "  " : "", 2 + i % 3,
                            alpha + (i % 5), i % 3 == 0 ? " " : "");
  }
  len += (size_t)snprintf(list + len, sizeof list - len, " ,  %.3s", alpha);
  char *tags[64];
  int nt = split_tags(list, tags, 64);
  int nu = dedup(tags, nt);
  printf("%d tags, %d unique:", nt, nu);
  for (int i = 0; i < nu; i++) printf(" %s", tags[i]);
  printf("\n");
  for (int i = 0; i < nu; i++) free(tags[i]);
  return 0;
}
