// EXPECT: none
// Arrays declared `extern` first (complete and incomplete types) and
// defined later in the same file, accessed over their whole extent
// through the declarations and through a function taking the pointer.
#include <stdio.h>
#include <stdlib.h>

extern int g_weights[6];
extern const char g_banner[];
extern long g_acc;

static long sum(const int *p, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  return s;
}

int g_weights[6] = {1, 2, 3, 4, 5, 6};
const char g_banner[] = "memscope";
long g_acc;

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  volatile int last = 5 + (argc - 3);
  g_weights[last] = n;
  g_acc = sum(g_weights, 6);
  for (int i = 0; g_banner[i]; i++) g_acc += g_banner[i];
  printf("%ld %c\n", g_acc, g_banner[sizeof g_banner - 2]);
  return 0;
}
