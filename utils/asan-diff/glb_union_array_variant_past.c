// EXPECT: global-buffer-overflow
// A global array of 4 tagged-value unions; the parser stores one value
// per token and does not stop at the array's capacity.
#include <stdio.h>
#include <stdlib.h>

union value {
  long i;
  double d;
  char s[8];
};

union value g_values[4];
int g_nvalues;

static void push_value(long v) {
  g_values[g_nvalues].i = v; // BUG
  g_nvalues++;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  const char *tok = argv[argc - 1];
  for (int i = 0; i < n / 2; i++) /* 5 tokens */
    push_value(tok[i] - 'A');
  printf("%d %ld\n", g_nvalues, g_values[0].i);
  return 0;
}
