// EXPECT: leak
// An atexit handler registered by main frees the global block but allocates (and drops) a new one; it runs before the leak check.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
char *g;
int g_n;
static void at_end(void) {
  free(g);
  g = 0;
  char *t = malloc(g_n * 13); // BUG
  memset(t, 0, g_n * 13);
  __asm__ volatile("" : : "r"(t) : "memory");
}
int main(int argc, char **argv) {
  g_n = atoi(argv[1]);
  g = malloc(g_n);
  atexit(at_end);
  printf("registered\n");
  return 0;
}
