// EXPECT: leak
// A __attribute__((destructor)) frees a global holder block but not the two buffers only it points to; it runs after LSan's atexit check.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct holder { char *a, *b; };
struct holder *g_h;
__attribute__((destructor)) static void fini(void) { free(g_h); }
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  g_h = malloc(sizeof *g_h);
  g_h->a = malloc(n * 2); // BUG
  g_h->b = malloc(n * 3); // BUG
  strcpy(g_h->a, "x");
  printf("%s\n", g_h->a);
  return 0;
}
