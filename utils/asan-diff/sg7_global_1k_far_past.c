// EXPECT: global-buffer-overflow
// A 1000-byte global message template is scanned with a record stride
// that steps 50 bytes past its end: beyond a 32-byte minimal redzone, but
// inside the proportionally larger redzone of a 1000-byte global.
#include <stdio.h>
#include <stdlib.h>
static char g_template[1000];
static char g_other[64] = "other";
__attribute__((noinline)) static long scan(int stride, int records) {
  long s = 0;
  for (int r = 0; r < records; r++) s += g_template[r * stride + 50]; // BUG
  return s;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int i = 0; i < 1000; i++) g_template[i] = (char)('a' + i % 26);
  /* records 0..10 at stride 100: the last reads offset 1050 */
  printf("%ld %s %d\n", scan(n * 10, n + 1), g_other, argc);
  return 0;
}
