// EXPECT: leak
// __lsan_default_options turns off globals as roots (use_globals=0): the block held only by a global is then reported.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
const char *__lsan_default_options(void) { return "use_globals=0"; }
char *g_buf;
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  g_buf = malloc(n * 38); // BUG
  memset(g_buf, 0, n * 38);
  printf("%d\n", g_buf[0]);
  return 0;
}
