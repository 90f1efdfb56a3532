// EXPECT: none
// getenv/setenv/unsetenv/putenv with exact-size heap strings, overwriting, a name that is a prefix of another, empty values.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char *dup_exact(const char *s) { size_t n = strlen(s) + 1; char *p = malloc(n); memcpy(p, s, n); return p; }
int main(int argc, char **argv) {
  char *name = dup_exact("MS_TEST_VAR"), *val = dup_exact("value-1");
  setenv(name, val, 1);
  setenv(name, "ignored", 0);
  setenv("MS_TEST_VAR_LONGER", "", 1);          /* a longer name with the same prefix, empty value */
  char *pe = dup_exact("MS_PUT=from-putenv");   /* putenv keeps this very block */
  putenv(pe);
  const char *a = getenv(name), *b = getenv("MS_PUT"), *c = getenv("MS_TEST_VAR_LONGER");
  const char *d = getenv("MS_NOT_THERE"), *e = getenv("MS");
  char *pfx = dup_exact("MS_TEST");
  const char *f = getenv(pfx);                  /* a prefix of set names: not found */
  char buf[64];
  snprintf(buf, sizeof buf, "%s|%s|%s|%d|%d|%d", a, b, c, d == 0, e == 0, f == 0);
  setenv(name, "value-2-longer-than-before", 1);
  const char *g = getenv(name);
  unsetenv(name);
  unsetenv("MS_NEVER_SET");
  const char *h = getenv(name);
  char *pe2 = dup_exact("MS_PUT=second");
  putenv(pe2);
  const char *i = getenv("MS_PUT");
  unsetenv("MS_PUT");                           /* removes the entry; the block is the program's again */
  const char *home = getenv("PATH");
  printf("%s %s %d %s %d %d\n", buf, g, h == 0, i, home != 0, argc);
  free(name); free(val); free(pfx); free(pe); free(pe2);
  return 0;
}
