// EXPECT: none
// getsubopt over mount-style option strings built in heap buffers (and one
// in a stack buffer): known tokens with and without values, unknown ones,
// empty entries, the token table on the heap and in a static array, the
// scan pointer advanced through the whole string in place.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *const static_tokens[] = {"ro", "rw", "size", "mode", "uid", NULL};

static unsigned long parse(char *opts, char *const *tokens) {
  unsigned long s = 0;
  char *value;
  char *p = opts;
  while (*p) {
    int k = getsubopt(&p, tokens, &value);
    s = s * 13 + (unsigned)(k + 2);
    if (value)
      s += strlen(value) * 3 + (unsigned char)value[0];
  }
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "xyz";
  unsigned long sum = 0;
  char **dyn = malloc(sizeof *dyn * 4);
  dyn[0] = strdup("alpha");
  dyn[1] = strdup("beta");
  dyn[2] = strdup("gamma");
  dyn[3] = NULL;
  for (int i = 0; i < n * 3; ++i) {
    char *opts = malloc(128);
    snprintf(opts, 128, "ro,size=%d,,mode=07%d,bogus=%.3s,uid,rw", i * 1024,
             i % 8, alpha + i % 20);
    sum = sum * 7 + parse(opts, static_tokens);
    free(opts);
    char local[64];
    snprintf(local, sizeof local, "beta=%d,alpha,gamma=%.*s,delta", i, i % 5,
             alpha);
    sum += parse(local, dyn);
  }
  char last[] = "size"; // a single token, no comma
  sum += parse(last, static_tokens);
  for (int i = 0; i < 3; ++i)
    free(dyn[i]);
  free(dyn);
  printf("sum %lu\n", sum);
  return 0;
}
