// EXPECT: global-buffer-overflow
// A logging library counts messages per level (levels 1..6) in a weak
// table that an application may replace with its own strong definition
// (to export the counts). The count of a level is bumped as
// hits[level - 1]; level 0 ("off"), which the caller passes when logging
// is disabled, writes the int before the array: the redzone of the global
// defined before it.
#include <stdio.h>
#include <stdlib.h>

static unsigned g_dropped[8];
__attribute__((weak)) unsigned g_level_hits[6];

__attribute__((noinline)) static void count_message(int level) {
  g_level_hits[level - 1]++; // BUG
}

int main(int argc, char **argv) {
  int level = atoi(argv[1]) - 10; /* 0: logging off */
  g_dropped[level & 7] += argc;
  count_message(level);
  printf("hits: %u %u\n", g_level_hits[0], g_dropped[0]);
  return 0;
}
