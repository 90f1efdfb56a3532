// EXPECT: global-buffer-overflow
// The start time is stored with time() into a global declared int (4
// bytes) through a cast to time_t * (8 bytes): time() writes 4 bytes past
// the global.
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int g_start_time;
int g_flags = 1;

static void stamp(void) {
  time((time_t *)&g_start_time); // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  if (n > argc) stamp();
  printf("%d %d\n", g_start_time != 0, g_flags);
  return 0;
}
