// EXPECT: global-buffer-overflow
// A global __int128 array (16-byte accesses) written one past its end.
#include <stdio.h>
#include <stdlib.h>
__int128 acc[3];
__attribute__((noinline)) static void add(int i, long v) { acc[i] += v; } // BUG
int main(int argc, char **argv) {
  int n = atoi(argv[1]) - 6; /* 4 */
  for (int i = 0; i < n; i++) add(i, (long)i * argc);
  printf("%ld\n", (long)acc[2]);
  return 0;
}
