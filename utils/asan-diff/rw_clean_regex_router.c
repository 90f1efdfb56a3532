// EXPECT: none
// An HTTP router over POSIX extended regexes whose match array is sized from the largest
// group count in the table (re_nsub after regcomp, checked against the array), including a
// route that uses every slot; unmatched optional groups (rm_so == -1) are skipped.
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXGROUPS 4

struct route { const char *pattern, *name; regex_t re; };

static int build(struct route *r, int n) {
  for (int i = 0; i < n; i++) {
    if (regcomp(&r[i].re, r[i].pattern, REG_EXTENDED) != 0) return -1;
    if (r[i].re.re_nsub > MAXGROUPS) return -1; /* would not fit the match array */
  }
  return 0;
}

static int route(struct route *r, int n, const char *path, char args[][24], int *nargs) {
  regmatch_t m[MAXGROUPS + 1];
  for (int i = 0; i < n; i++) {
    size_t groups = r[i].re.re_nsub;
    if (regexec(&r[i].re, path, groups + 1, m, 0) != 0) continue;
    *nargs = 0;
    for (size_t g = 1; g <= groups; g++) {
      if (m[g].rm_so < 0) continue;
      snprintf(args[(*nargs)++], 24, "%.*s", (int)(m[g].rm_eo - m[g].rm_so), path + m[g].rm_so);
    }
    return i;
  }
  return -1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct route routes[] = {
    { "^/users/([0-9]+)$", "user" },
    { "^/repos/([A-Za-z]+)/([A-Za-z]+)/commits/([0-9a-f]+)(/diff)?$", "commit" },
    { "^/static/(.*)$", "static" },
  };
  int nr = 3;
  if (build(routes, nr) != 0) return 1;
  char path[128], args[MAXGROUPS][24];
  int hits[3] = { 0 }, misses = 0, nargs = 0;
  for (int i = 0; i < n * 2; i++) {
    switch (i % 4) {
    case 0: snprintf(path, sizeof path, "/users/%d", i); break;
    case 1: snprintf(path, sizeof path, "/repos/%.3s/%.5s/commits/%x/diff", alpha + i % 5, alpha, 0xbeef + i); break;
    case 2: snprintf(path, sizeof path, "/repos/%.2s/x/commits/%x", alpha, i); break;
    default: snprintf(path, sizeof path, "/nope/%d", i); break;
    }
    int r = route(routes, nr, path, args, &nargs);
    if (r < 0) { misses++; continue; }
    hits[r]++;
    if (i < 8) printf("%-40s %s(%d)%s%s\n", path, routes[r].name, nargs, nargs ? " first=" : "", nargs ? args[0] : "");
  }
  printf("users %d commits %d static %d misses %d\n", hits[0], hits[1], hits[2], misses);
  for (int i = 0; i < nr; i++) regfree(&routes[i].re);
  return 0;
}
