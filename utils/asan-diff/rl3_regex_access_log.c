// EXPECT: stack-buffer-overflow
// an access-log analyzer grew its pattern by one capture group (the status code) and asks regexec for re_nsub+1 matches, but the match array still has room for three
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct hit {
  char method[8];
  char path[64];
  int status;
};

static void copy_group(char *dst, size_t cap, const char *line, const regmatch_t *m) {
  size_t n = (size_t)(m->rm_eo - m->rm_so);
  if (n >= cap) n = cap - 1;
  memcpy(dst, line + m->rm_so, n);
  dst[n] = '\0';
}

static int parse_line(const regex_t *re, const char *line, struct hit *h) {
  regmatch_t m[3];
  size_t want = re->re_nsub + 1;
  if (regexec(re, line, want, m, 0) != 0) return -1; // BUG
  copy_group(h->method, sizeof h->method, line, &m[1]);
  copy_group(h->path, sizeof h->path, line, &m[2]);
  const regmatch_t *last = &m[re->re_nsub]; /* the status code is the last group */
  h->status = atoi(line + last->rm_so);
  return 0;
}

struct tally {
  int gets, posts, other, errors;
  size_t longest_path;
};

static void account(struct tally *t, const struct hit *h) {
  if (!strcmp(h->method, "GET")) t->gets++;
  else if (!strcmp(h->method, "POST")) t->posts++;
  else t->other++;
  if (h->status >= 400) t->errors++;
  size_t pl = strlen(h->path);
  if (pl > t->longest_path) t->longest_path = pl;
}

struct path_count {
  char prefix[24];
  int hits;
};

/* Counts hits per first two path segments ("/users/bob"), up to cap distinct prefixes. */
static void count_prefix(struct path_count *pc, int *n, int cap, const char *path) {
  char prefix[24];
  const char *second = strchr(path + 1, '/');
  const char *third = second ? strchr(second + 1, '/') : NULL;
  size_t len = third ? (size_t)(third - path) : strlen(path);
  if (len >= sizeof prefix) len = sizeof prefix - 1;
  memcpy(prefix, path, len);
  prefix[len] = '\0';
  for (int i = 0; i < *n; i++)
    if (!strcmp(pc[i].prefix, prefix)) { pc[i].hits++; return; }
  if (*n == cap) return;
  snprintf(pc[*n].prefix, sizeof pc[*n].prefix, "%s", prefix);
  pc[(*n)++].hits = 1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 5;
  const char *user = argc > 2 ? argv[2] : "bob";
  regex_t re;
  if (regcomp(&re, "^\"([A-Z]+) ([^ \"]+) HTTP/1\\.[01]\" ([0-9]{3})", REG_EXTENDED) != 0) {
    fprintf(stderr, "bad pattern\n");
    return 1;
  }
  static const char *methods[] = {"GET", "POST", "PUT", "GET", "DELETE"};
  struct tally t = {0};
  struct path_count pc[8];
  int npc = 0;
  for (int i = 0; i < n; i++) {
    char line[160];
    snprintf(line, sizeof line, "\"%s /users/%.*s/item/%d HTTP/1.1\" %d %d", methods[i % 5],
             1 + i % 8, user, i, i % 4 == 3 ? 404 : 200, 512 + i);
    struct hit h;
    if (parse_line(&re, line, &h) != 0) continue;
    account(&t, &h);
    count_prefix(pc, &npc, 8, h.path);
  }
  for (int i = 0; i < npc; i++) printf("  %-24s %d\n", pc[i].prefix, pc[i].hits);
  printf("GET %d POST %d other %d errors %d longest path %zu\n", t.gets, t.posts, t.other,
         t.errors, t.longest_path);
  regfree(&re);
  return 0;
}
