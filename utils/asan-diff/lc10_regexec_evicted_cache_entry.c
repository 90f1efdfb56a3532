// EXPECT: heap-use-after-free
// A one-entry cache of compiled patterns: looking up a new pattern evicts
// (regfree + free) the old entry, but the caller still holds the regex_t
// pointer it got earlier and runs regexec on the freed object.
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
  char pattern[32];
  regex_t re;
};

static struct entry *cached;

static regex_t *get_regex(const char *pattern) {
  if (cached && strcmp(cached->pattern, pattern) == 0)
    return &cached->re;
  if (cached) {
    regfree(&cached->re);
    free(cached);
  }
  cached = malloc(sizeof *cached);
  snprintf(cached->pattern, sizeof cached->pattern, "%s", pattern);
  regcomp(&cached->re, pattern, REG_EXTENDED | REG_NOSUB);
  return &cached->re;
}

int main(int argc, char **argv) {
  regex_t *upper = get_regex("^[A-Z]+$");
  regex_t *digits = get_regex("^[0-9]+$");
  int a = regexec(digits, argv[1], 0, NULL, 0) == 0;
  int b = regexec(upper, argv[2], 0, NULL, 0) == 0; // BUG
  printf("%d %d\n", a, b);
  return 0;
}
