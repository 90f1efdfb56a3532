// EXPECT: none
// VLAs in nested blocks that grow then shrink, allocas in a loop (kept
// until the function returns), and a backward goto over a VLA declaration;
// every access exactly within bounds.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long scan(int n) {
  long s = 0;
  char *keep[8];
  for (int i = 0; i < 8; i++) {
    keep[i] = alloca(i + 1);
    memset(keep[i], 'a' + i, i + 1);
  }
  for (int i = 0; i < 8; i++) s += keep[i][i];
  for (int k = 1; k <= 2 * n; k++) {
    int m = k <= n ? k : 2 * n - k + 1;
    int v[m];
    for (int i = 0; i < m; i++) v[i] = i * k;
    {
      double w[m][3];
      for (int i = 0; i < m; i++) for (int j = 0; j < 3; j++) w[i][j] = v[i] + j;
      s += (long)w[m - 1][2];
    }
    s += v[m - 1];
  }
  int pass = 0;
again:;
  {
    int len = n + pass * 5;
    char t[len];
    memset(t, 'x', len);
    s += t[len - 1];
  }
  if (++pass < 4) goto again;
  return s;
}
int main(int argc, char **argv) {
  printf("%ld %d\n", scan(atoi(argv[1])), argc);
  return 0;
}
