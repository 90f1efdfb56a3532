// EXPECT: none
// regcomp/regexec with nmatch exactly the group count and 0, REG_NOSUB, subjects at heap block ends, regerror into small buffers.
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char *dup_exact(const char *s) { size_t n = strlen(s) + 1; char *p = malloc(n); memcpy(p, s, n); return p; }
int main(int argc, char **argv) {
  regex_t re, re2, bad;
  char *pat = dup_exact("([a-z]+)-([0-9]+)");
  int c1 = regcomp(&re, pat, REG_EXTENDED);
  char *subj = dup_exact("xx abc-123");
  regmatch_t *m = malloc(3 * sizeof *m);             /* the whole match and two groups */
  int e1 = regexec(&re, subj, 3, m, 0);
  regmatch_t one;
  int e2 = regexec(&re, subj, 1, &one, REG_NOTBOL);
  int e3 = regexec(&re, subj, 0, NULL, 0);
  char *empty = dup_exact("");
  int e4 = regexec(&re, empty, 3, m, 0);
  int c2 = regcomp(&re2, "^l.*t$", REG_NOSUB | REG_ICASE | REG_NEWLINE);
  int e5 = regexec(&re2, "LONG\ntext", 0, NULL, 0);
  int c3 = regcomp(&bad, "a(b", REG_EXTENDED);
  size_t need = regerror(c3, &bad, NULL, 0);
  char *msg = malloc(need);                          /* exact */
  regerror(c3, &bad, msg, need);
  char tiny[5];
  regerror(c3, &bad, tiny, sizeof tiny);             /* truncated */
  printf("%d %d %d %d %d %d %d %d %d %d %d %s %s %d\n", c1, e1, (int)m[1].rm_so, (int)m[2].rm_eo, e2, e3, e4, c2, e5, c3,
         (int)need, msg, tiny, argc);
  regfree(&re); regfree(&re2);
  free(pat); free(subj); free(m); free(empty); free(msg);
  return 0;
}
