// EXPECT: stack-buffer-overflow
// A 16-byte load of element 2 of a local __int128 pair.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  __int128 pair[2];
  pair[0] = atoi(argv[1]);
  pair[1] = argc;
  __int128 *volatile p = pair;
  int k = argc - 1; /* 2 */
  __int128 v = p[k]; // BUG
  printf("%lld\n", (long long)v);
  return 0;
}
