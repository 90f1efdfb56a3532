// EXPECT: none
// Option and environment helpers on well-formed inputs: getopt_long over
// a NULL-terminated argument vector with an all-zero last option,
// getsubopt with a NULL-terminated token list, setenv/getenv/unsetenv, a
// putenv string that stays alive, argz_create/argz_add/argz_count/
// argz_stringify and envz_get over the vectors they built.
#define _GNU_SOURCE
#include <argz.h>
#include <envz.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char keep_env[] = "LC10_KEEP=yes";

int main(int argc, char **argv) {
  char opts_arg[] = "size=10,mode=fast,debug";
  char *args[] = {"prog", "-v", "--level", argv[1], "-o", opts_arg, "file", NULL};
  int nargs = 7;
  static struct option longopts[] = {
      {"level", required_argument, NULL, 'l'},
      {"verbose", no_argument, NULL, 'v'},
      {NULL, 0, NULL, 0},
  };
  int verbose = 0, level = 0, c;
  char *subopts = NULL;
  optind = 1;
  while ((c = getopt_long(nargs, args, "vo:", longopts, NULL)) != -1) {
    if (c == 'v')
      verbose = 1;
    else if (c == 'l')
      level = atoi(optarg);
    else if (c == 'o')
      subopts = optarg;
  }
  char *const tokens[] = {"size", "mode", "debug", NULL};
  int seen = 0;
  char *value;
  while (subopts && *subopts)
    if (getsubopt(&subopts, tokens, &value) >= 0)
      seen++;
  setenv("LC10_VAR", argv[2], 1);
  const char *v = getenv("LC10_VAR");
  size_t vlen = v ? strlen(v) : 0;
  unsetenv("LC10_VAR");
  putenv(keep_env);
  const char *kept = getenv("LC10_KEEP");

  char *argz = NULL;
  size_t argz_len = 0;
  char *init[] = {"A=1", "B=2", NULL};
  argz_create(init, &argz, &argz_len);
  argz_add(&argz, &argz_len, "C=3");
  size_t cnt = argz_count(argz, argz_len);
  const char *b = envz_get(argz, argz_len, "B");
  int b_is_2 = b && strcmp(b, "2") == 0;
  argz_stringify(argz, argz_len, ',');
  printf("%d %d %d %zu %s %zu %d %s\n", verbose, level, seen, vlen,
         kept ? kept : "-", cnt, b_is_2, argz);
  free(argz);
  return 0;
}
