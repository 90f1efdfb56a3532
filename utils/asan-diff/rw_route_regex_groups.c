// EXPECT: stack-buffer-overflow
// A tiny HTTP router matching request paths against POSIX extended regexes with capture
// groups. The match array is sized for the two groups of the first routes, but regexec is
// told the count from the route table, and a later route with three groups makes regexec
// write one regmatch_t past the array.
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct route {
  const char *pattern;
  const char *handler;
  size_t groups;
  regex_t re;
};

static int compile_routes(struct route *r, int n) {
  for (int i = 0; i < n; i++)
    if (regcomp(&r[i].re, r[i].pattern, REG_EXTENDED) != 0) return -1;
  return 0;
}

static const char *dispatch(struct route *r, int n, const char *path, char *arg, size_t argsz) {
  regmatch_t m[3]; /* whole match + two groups */
  for (int i = 0; i < n; i++) {
    if (regexec(&r[i].re, path, r[i].groups + 1, m, 0) != 0) continue; // BUG
    size_t k = r[i].groups;
    int len = (int)(m[k < 2 ? k : 2].rm_eo - m[k < 2 ? k : 2].rm_so);
    snprintf(arg, argsz, "%.*s", len, path + m[k < 2 ? k : 2].rm_so);
    return r[i].handler;
  }
  return "not_found";
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct route routes[] = {
    { "^/users/([0-9]+)$", "show_user", 1 },
    { "^/users/([0-9]+)/posts/([0-9]+)$", "show_post", 2 },
    { "^/static/(.*)$", "static_file", 1 },
    { "^/repos/([A-Za-z]+)/([A-Za-z]+)/commits/([0-9a-f]+)$", "show_commit", 3 },
  };
  int nr = (int)(sizeof routes / sizeof *routes);
  if (compile_routes(routes, nr) != 0) return 1;
  char path[128], arg[64];
  int found = 0;
  for (int i = 0; i < n; i++) {
    switch (i % 4) {
    case 0: snprintf(path, sizeof path, "/users/%d", i * 11); break;
    case 1: snprintf(path, sizeof path, "/users/%d/posts/%d", i, i * 3); break;
    case 2: snprintf(path, sizeof path, "/static/css/%.*s.css", 1 + i % 5, alpha); break;
    default: snprintf(path, sizeof path, "/repos/%.3s/%.4s/commits/%x", alpha, alpha + 4, 0xabc00 + i); break;
    }
    const char *h = dispatch(routes, nr, path, arg, sizeof arg);
    found += strcmp(h, "not_found") != 0;
    printf("%-40s -> %s(%s)\n", path, h, arg);
  }
  for (int i = 0; i < nr; i++) regfree(&routes[i].re);
  printf("%d/%d routed\n", found, n);
  return 0;
}
