// EXPECT: none
// wordexp of patterns with variables, quotes and WRDE_DOOFFS/WRDE_APPEND
// into a heap wordexp_t, wordfree, then reuse; argz vectors built with
// argz_create_sep and argz_add (strings from argv), counted, walked with
// argz_next, stringified in place; envz_add/envz_get/envz_entry/envz_remove
// and envz_strip on an environment-like vector; all freed.
#define _GNU_SOURCE
#include <argz.h>
#include <envz.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wordexp.h>

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  unsigned long sum = 0;
  setenv("CLEAN5", "value-of-var", 1);
  wordexp_t *we = calloc(1, sizeof *we);
  for (int round = 0; round < n; ++round) {
    we->we_offs = 2;
    char pat[96];
    snprintf(pat, sizeof pat, "one 'two three' $CLEAN5 \"q %d\" %.5s", round,
             alpha + round);
    if (wordexp(pat, we, WRDE_DOOFFS | WRDE_NOCMD) != 0)
      return 1;
    wordexp("extra \"and more\"", we, WRDE_DOOFFS | WRDE_APPEND | WRDE_NOCMD);
    for (size_t i = 0; i < we->we_wordc; ++i)
      sum = sum * 3 + strlen(we->we_wordv[we->we_offs + i]);
    sum += we->we_wordc;
    wordfree(we);
  }
  free(we);

  char *argz = NULL;
  size_t alen = 0;
  argz_create_sep("a:bb:ccc", ':', &argz, &alen);
  for (int i = 0; i < n; ++i) {
    char item[32];
    snprintf(item, sizeof item, "%.*s", i % 26 + 1, alpha);
    argz_add(&argz, &alen, item);
  }
  sum += argz_count(argz, alen);
  for (char *e = NULL; (e = argz_next(argz, alen, e));)
    sum = sum * 7 + strlen(e);
  argz_stringify(argz, alen, ' ');
  sum += strlen(argz);
  free(argz);

  char *envz = NULL;
  size_t elen = 0;
  envz_add(&envz, &elen, "HOME", "/home/clean5");
  envz_add(&envz, &elen, "SHELL", "/bin/sh");
  envz_add(&envz, &elen, "EMPTY", NULL);
  for (int i = 0; i < n; ++i) {
    char key[16], val[16];
    snprintf(key, sizeof key, "K%d", i % 4);
    snprintf(val, sizeof val, "v%d", i);
    envz_add(&envz, &elen, key, val); // replaces an earlier K
  }
  const char *home = envz_get(envz, elen, "HOME");
  const char *k2 = envz_get(envz, elen, "K2");
  sum += (home ? strlen(home) : 0) + (k2 ? strlen(k2) : 0);
  sum += envz_entry(envz, elen, "SHELL") != NULL;
  envz_remove(&envz, &elen, "SHELL");
  envz_strip(&envz, &elen);
  sum += argz_count(envz, elen) * 100 + elen;
  free(envz);
  printf("sum %lu\n", sum);
  return 0;
}
