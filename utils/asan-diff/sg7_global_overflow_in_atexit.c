// EXPECT: global-buffer-overflow
// An atexit handler writes a final status string into a fixed global
// buffer with strcpy; the status built during the run is exactly as long
// as the buffer, so the NUL lands one byte past it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char g_status[16];
static char g_final[32];
static void write_status(void) {
  strcpy(g_status, g_final); // BUG
  fputs("done\n", stdout);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  atexit(write_status);
  snprintf(g_final, sizeof g_final, "%.*s", n + 6, argv[2]);  /* 16 chars */
  printf("%d %zu\n", argc, strlen(g_final));
  return 0;
}
