// EXPECT: global-buffer-overflow
// A file-scope pointer initialized with a compound literal (a static
// array of 3 defaults); the caller reads a fourth default that the array
// never had.
#include <stdio.h>
#include <stdlib.h>

int *g_defaults = (int[]){8, 16, 32};
int g_ndefaults = 3;

static int default_at(int i) {
  return g_defaults[i]; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 7 + (argc - 3); /* 3 */
  int s = 0;
  for (int i = 0; i < g_ndefaults; i++) s += default_at(i);
  s += default_at(n);
  printf("%d\n", s);
  return 0;
}
