// EXPECT: none
// Option parsing over synthesized argument vectors: getopt with required,
// optional (::) and unknown options and "--"; the vector on the heap with
// strdup'd strings (GNU getopt permutes it), parsed again after optind = 1
// and after optind = 0; getopt_long with flag-setting long options, an
// option table on the heap, longindex; getopt_long_only; opterr off.
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int verbose;

static char **make(int *argc, const char *const *src) {
  int c = 0;
  while (src[c])
    ++c;
  char **v = malloc(sizeof *v * (size_t)(c + 1));
  for (int i = 0; i < c; ++i)
    v[i] = strdup(src[i]);
  v[c] = NULL;
  *argc = c;
  return v;
}

static void drop(char **v, int argc) {
  for (int i = 0; i < argc; ++i)
    free(v[i]);
  free(v);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  unsigned long sum = 0;
  opterr = 0;
  char nbuf[16];
  snprintf(nbuf, sizeof nbuf, "-n%d", n);
  const char *short_src[] = {"prog", "file1", "-a", nbuf, "-o", "out", "-x",
                             "-cvalue", "-c", "file2", "--", "-a", NULL};
  for (int round = 0; round < 3; ++round) {
    int ac;
    char **av = make(&ac, short_src);
    optind = round == 2 ? 0 : 1;
    int c;
    while ((c = getopt(ac, av, "an:o:c::")) != -1) {
      sum = sum * 31 + (unsigned)c;
      if (optarg)
        sum += strlen(optarg);
      if (c == '?')
        sum += (unsigned)optopt;
    }
    for (int i = optind; i < ac; ++i)
      sum = sum * 7 + strlen(av[i]);
    drop(av, ac);
  }
  struct option *longs = calloc(5, sizeof *longs);
  longs[0] = (struct option){"verbose", no_argument, &verbose, 1};
  longs[1] = (struct option){"name", required_argument, NULL, 'N'};
  longs[2] = (struct option){"level", optional_argument, NULL, 'L'};
  longs[3] = (struct option){"alpha", required_argument, NULL, 'A'};
  // longs[4] is the all-zero terminator.
  const char *long_src[] = {"prog", "--verbose", "--name=bob", "pos1",
                            "--level", "--level=3", "--alpha", alpha,
                            "-q", "--nam", "abbrev", "pos2", NULL};
  for (int round = 0; round < n; ++round) {
    int ac;
    char **av = make(&ac, long_src);
    optind = 1;
    verbose = 0;
    int c, idx = -1;
    while ((c = getopt_long(ac, av, "q", longs, &idx)) != -1) {
      sum = sum * 3 + (unsigned)c + (unsigned)(idx + 1);
      if (optarg)
        sum += strlen(optarg);
      idx = -1;
    }
    sum += (unsigned)verbose + (unsigned)(ac - optind);
    drop(av, ac);
  }
  const char *only_src[] = {"prog", "-name", "x", "-verbose", "-lev=2", NULL};
  int ac;
  char **av = make(&ac, only_src);
  optind = 1;
  int c;
  while ((c = getopt_long_only(ac, av, "", longs, NULL)) != -1)
    sum = sum * 5 + (unsigned)c;
  drop(av, ac);
  free(longs);
  printf("sum %lu verbose %d\n", sum, verbose);
  return 0;
}
