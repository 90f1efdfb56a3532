// EXPECT: global-buffer-overflow
// A (non-inline) function keeps per-weekday counts in a function-local
// static array; the weekday is computed 1-based (1..7) but used as a
// 0-based index, so Sunday (7) counts one past the array.
#include <stdio.h>
#include <stdlib.h>

static int count_day(int weekday) {
  static int per_day[7];
  static int calls;
  calls++;
  per_day[weekday]++; // BUG
  return per_day[weekday] + calls;
}

int main(int argc, char **argv) {
  int start = atoi(argv[1]);
  int r = 0;
  for (int d = start - 9; d <= start - 3; d++) /* 1 .. 7 */
    r += count_day(d + (argc - 3));
  printf("%d\n", r);
  return 0;
}
