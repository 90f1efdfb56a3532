// EXPECT: global-buffer-overflow
// Day names are kept in a const char[7][4] table; a day number computed
// 1-based (1..7) picks the row past the table for Sunday and the copy
// reads past it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char g_days[7][4] = {"Mon", "Tue", "Wed", "Thu",
                                  "Fri", "Sat", "Sun"};

static void day_name(char *out, int day) {
  memcpy(out, g_days[day], 4); // BUG
}

int main(int argc, char **argv) {
  char name[4];
  int n = atoi(argv[1]);
  day_name(name, 0);
  printf("%s\n", name);
  day_name(name, n - 3 + (argc - 3)); /* 7 */
  printf("%.3s\n", name);
  return 0;
}
