// EXPECT: global-buffer-overflow
// A 1-byte global "ready" flag array is written at index 1 because the
// code treats it as a [ready, done] pair.
#include <stdio.h>
#include <stdlib.h>

char g_ready[1];
int g_pending = 3;

static void mark(int which) {
  g_ready[which] = 1; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  mark(0);
  while (g_pending > 0) g_pending -= n;
  mark(argc - 2);
  printf("%d %d\n", g_ready[0], g_pending);
  return 0;
}
