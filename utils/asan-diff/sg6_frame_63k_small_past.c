// EXPECT: stack-buffer-overflow
// A 63 KiB frame: a large scratch array plus a small counters array; the
// counters array is indexed one past its end.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long work(int n) {
  char scratch[63 * 1024];
  int counters[6];
  memset(scratch, n, sizeof scratch);
  memset(counters, 0, sizeof counters);
  for (int i = 0; i < 1000; i++) counters[scratch[i * 60] % 6]++;
  int k = n - 4; // 6
  return counters[k] + scratch[100]; // BUG
}
int main(int argc, char **argv) {
  printf("%ld %d\n", work(atoi(argv[1])), argc);
  return 0;
}
