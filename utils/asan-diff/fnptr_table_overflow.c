// EXPECT: heap-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
typedef long (*op_fn)(const long *, int);
static long sum(const long *v, int n) { long s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }
static long last(const long *v, int n) {
  return v[n]; // BUG
}
static long first(const long *v, int n) { return v[0]; }
int main(int argc, char **argv) {
  op_fn ops[3] = {sum, last, first};
  long *v = malloc(5 * sizeof(long));
  for (int i = 0; i < 5; i++) v[i] = i;
  long r = 0;
  for (int i = 0; i < 3; i++) r += ops[(i + atoi(argv[1])) % 3](v, 5);
  printf("%ld\n", r);
  free(v);
  return 0;
}
