// EXPECT: none
// One-past-the-end pointers of globals are formed, stored in globals and
// compared, but never dereferenced: pointer loops with `!= end`, an end
// pointer kept in a global, a reverse loop that stops at the start, and a
// bound comparison of two globals' ends.
#include <stdio.h>
#include <stdlib.h>

int g_vals[12];
char g_text[9] = "abcdefgh";
int *g_vals_end = g_vals + 12;
static double g_d[5];

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long s = 0;
  for (int *p = g_vals; p != g_vals_end; ++p) *p = n++;
  for (int *p = g_vals + 12; p != g_vals;) s += *--p;
  const char *e = g_text + sizeof g_text;
  for (const char *p = g_text; p < e && *p; ++p) s += *p;
  double *de = &g_d[5];
  for (double *p = g_d; p < de; ++p) *p = (double)argc;
  volatile int cmp = (void *)de > (void *)g_d;
  printf("%ld %d %d\n", s, cmp, (int)(g_vals_end - g_vals));
  return 0;
}
